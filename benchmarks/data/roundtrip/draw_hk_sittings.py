"""Draw the Hong Kong sittings added to the round-trip corpus (run once, before any was read).

The pool is every Chinese sitting record in siuying/legco-hansard-parser's data/txt/ not used
before (the 17 and 24 April 2013 sittings were). A seeded shuffle orders it; the first sitting
is the fresh held-out part (``held-out-2``: the old held-out part had been seen), the next two
are dev. From each, the characters [16000, 32000) of the stored file are taken (past the cover,
the attendance list and the tabled papers), cleaned by MANIFEST.md's rule.
"""

import random

POOL = """
12-13-cm0110 12-13-cm0116 12-13-cm0124 12-13-cm0201 12-13-cm0220 12-13-cm0221 12-13-cm0227
12-13-cm0327 12-13-cm0425 12-13-cm0426 12-13-cm0429 12-13-cm0430 12-13-cm0502 12-13-cm0508
12-13-cm0509 12-13-cm0509a 12-13-cm0510 12-13-cm0513 12-13-cm0514 12-13-cm0515 12-13-cm0516
12-13-cm0520 12-13-cm0521 12-13-cm0522 12-13-cm0523 12-13-cm0529 12-13-cm0530 12-13-cm0605
12-13-cm0606 12-13-cm0619 12-13-cm0626 12-13-cm0627 12-13-cm0703 12-13-cm0710 12-13-cm0711
12-13-cm0711a 12-13-cm0717 12-13-cm0718 12-13-cm1017 12-13-cm1025 12-13-cm1114 12-13-cm1128
12-13-cm1129 12-13-cm1210 12-13-cm1220 cm0109 cm0117 cm0123 cm0130 cm0131 cm0206 cm0320
cm1010 cm1018 cm1024 cm1031 cm1101 cm1107 cm1205 cm1206 cm1212 cm1219
""".split()
SEED = 14

if __name__ == "__main__":
    order = random.Random(SEED).sample(sorted(POOL), len(POOL))
    print("held-out-2:", order[0])
    print("dev:", order[1], order[2])
    print("next, if one of these holds no Government text:", order[3:6])
