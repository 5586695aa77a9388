"""Two small articles many tests share: one signing, dated a day apart by two sources.

Together they make the smallest corpus with a conflict (FC201 on the signing date),
which is what tests of suppressions, the cache, bad input and the command line need.
"""

SIGNED_21 = "Deal signed\n\nOpenAI and the UK government signed the agreement on 21 July 2025.\n"
SIGNED_22 = "Deal signed\n\nThe agreement between OpenAI and the UK government was signed on July 22, 2025.\n"
