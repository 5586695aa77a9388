"""The loaded rule set: one frozen value passed down the pipeline, never a global."""

from factcheck.ruleset.loader import default_rules_dir, load_ruleset
from factcheck.ruleset.ruleset import RuleSet

__all__ = ["RuleSet", "default_rules_dir", "load_ruleset"]
