"""The second entity passes of batches 4 to 63: blind lists, strict agreement, and edits that follow it.

The agreement figures in tests/data/real/entities/README-batch4-pass2.md, README-batch5-pass2.md,
README-batch5-dev-pass2.md, README-batch4-dev-pass2.md and README-batch6-pass2.md to README-batch63-pass2.md
come from agree.py --batch N [--dev] (the counting lives in agreement.py; until session 11 each set had its
own agree_batchN.py). For each set (batch 4 held-out, batch 5 held-out,
batch 5 dev, batch 4 dev, and batches 6 to 63, all the documents of each: twelve, eight in batch 44, nine in batches 47, 60 and 62, eleven in batches 49, 51, 52, 56 and 57,
eight in batch 55, six in batch 59, ten in batches 61 and 63) these
tests check that pass 2's blind lists (batch<N>_blind_p2.py, batch<N>_dev_blind_p2.py) cover exactly the set's documents
and build without problems, that its pass-2 module reads only those documents, that the strict figure drops when a span
moves or changes type (so a perfect figure is not built in), and that every span pass 2's edits put into the
gold is one pass 2 read blind and every span they take out is one pass 2 did not read (the edits settle
disagreements for pass 2's reading and change nothing else), so the corrected gold agrees with the blind lists
more than pass 1 alone did.
"""

import sys
import types
from pathlib import Path

import pytest

from tests.script_modules import assert_no_problems, load_script

ENTITIES = Path(__file__).resolve().parents[1] / "data" / "real" / "entities"
# set -> (batch, split, set of agree.py (--batch N [--dev]), blind-lists module, pass-2 module)
SETS = {
    "4": ("4", "heldout", "4", "batch4_blind_p2", "pass2_batch4"),
    "5": ("5", "heldout", "5", "batch5_blind_p2", "pass2_batch5"),
    "5dev": ("5", "dev", "5dev", "batch5_dev_blind_p2", "pass2_batch5_dev"),
    "4dev": ("4", "dev", "4dev", "batch4_dev_blind_p2", "pass2_batch4_dev"),
    # batch 6's second pass read every document of the batch, held-out and dev (split None: both)
    "6": ("6", None, "6", "batch6_blind_p2", "pass2_batch6"),
    # batch 7's second pass, like batch 6's, read all twelve documents blind and compared them all
    "7": ("7", None, "7", "batch7_blind_p2", "pass2_batch7"),
    # batch 8's second pass (branch issue-e8p2-s10) read all twelve documents blind; its pass-2 module is
    # written only after the agreement with pass 1 (branch issue-e8p1-s10) has been run
    "8": ("8", None, "8", "batch8_blind_p2", "pass2_batch8"),
    # batch 9's second pass (branch issue-e9p2-s11) read all twelve documents blind, as batch 8's did; its
    # pass-2 module is written only after the agreement with pass 1 (branch issue-e9p1-s11) has been run
    "9": ("9", None, "9", "batch9_blind_p2", "pass2_batch9"),
    # batch 10's second pass (branch issue-e10p2-s12) read all twelve documents blind, as batch 9's did; its
    # pass-2 module is written only after the agreement with pass 1 (branch issue-e10p1-s12) has been run.
    # These tests name batch 10's documents and sweep nothing, so they ran while it was fresh too.
    "10": ("10", None, "10", "batch10_blind_p2", "pass2_batch10"),
    # batch 11's second pass (branch issue-e11p2-s13) read all twelve documents blind, as batch 10's did, while
    # batch 11 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e11p1-s13) has been run.
    "11": ("11", None, "11", "batch11_blind_p2", "pass2_batch11"),
    # batch 12's second pass (branch issue-e12p2-s14) read all twelve documents blind, as batch 11's did, while
    # batch 12 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e12p1-s14) has been run.
    "12": ("12", None, "12", "batch12_blind_p2", "pass2_batch12"),
    # batch 13's second pass (branch issue-e13p2-s14) read all twelve documents blind, as batch 12's did, while
    # batch 13 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e13p1-s14) has been run.
    "13": ("13", None, "13", "batch13_blind_p2", "pass2_batch13"),
    # batch 14's second pass (branch issue-e14p2-s15) read all twelve documents blind, as batch 13's did, while
    # batch 14 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e14p1-s15) has been run.
    "14": ("14", None, "14", "batch14_blind_p2", "pass2_batch14"),
    # batch 15's second pass (branch issue-e15p2-s15) read all twelve documents blind, as batch 14's did, while
    # batch 15 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e15p1-s15) has been run.
    "15": ("15", None, "15", "batch15_blind_p2", "pass2_batch15"),
    # batch 16's second pass (branch issue-e16p2-s16) read all twelve documents blind, as batch 15's did, while
    # batch 16 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e16p1-s16) has been run.
    "16": ("16", None, "16", "batch16_blind_p2", "pass2_batch16"),
    # batch 17's second pass (branch issue-e17p2-s17) read all twelve documents blind, as batch 16's did, while
    # batch 17 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e17p1-s17) has been run.
    "17": ("17", None, "17", "batch17_blind_p2", "pass2_batch17"),
    # batch 18's second pass (branch issue-e18p2-s18) read all twelve documents blind, as batch 17's did, while
    # batch 18 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e18p1-s18) has been run.
    "18": ("18", None, "18", "batch18_blind_p2", "pass2_batch18"),
    # batch 19's second pass (branch issue-e19p2-s18) read all twelve documents blind, as batch 18's did, while
    # batch 19 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e19p1-s18) has been run.
    "19": ("19", None, "19", "batch19_blind_p2", "pass2_batch19"),
    # batch 20's second pass (branch issue-e20p2-s18) read all twelve documents blind, as batch 19's did, while
    # batch 20 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e20p1-s18) has been run.
    "20": ("20", None, "20", "batch20_blind_p2", "pass2_batch20"),
    # batch 21's second pass (branch issue-e21p2-s19) read all twelve documents blind, as batch 20's did, while
    # batch 21 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e21p1-s19) has been run.
    "21": ("21", None, "21", "batch21_blind_p2", "pass2_batch21"),
    # batch 22's second pass (branch issue-e22p2-s19) read all twelve documents blind, as batch 20's did, while
    # batch 22 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e22p1-s19) has been run.
    "22": ("22", None, "22", "batch22_blind_p2", "pass2_batch22"),
    # batch 23's second pass (branch issue-e23p2-s19) read all twelve documents blind, as batch 20's did, while
    # batch 23 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e23p1-s19) has been run.
    "23": ("23", None, "23", "batch23_blind_p2", "pass2_batch23"),
    # batch 24's second pass (branch issue-e24p2-s19) read all twelve documents blind, as batch 20's did, while
    # batch 24 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e24p1-s19) has been run.
    "24": ("24", None, "24", "batch24_blind_p2", "pass2_batch24"),
    # batch 25's second pass (branch issue-e25p2-s19) read all twelve documents blind, as batch 20's did, while
    # batch 25 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e25p1-s19) has been run.
    "25": ("25", None, "25", "batch25_blind_p2", "pass2_batch25"),
    # batch 26's second pass (branch issue-e26p2-s20) read all twelve documents blind, as batch 20's did, while
    # batch 26 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e26p1-s20) has been run.
    "26": ("26", None, "26", "batch26_blind_p2", "pass2_batch26"),
    # batch 27's second pass (branch issue-e27p2-s20) read all twelve documents blind, as batch 20's did, while
    # batch 27 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e27p1-s20) has been run.
    "27": ("27", None, "27", "batch27_blind_p2", "pass2_batch27"),
    # batch 28's second pass (branch issue-e28p2-s20) read all twelve documents blind, as batch 20's did, while
    # batch 28 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e28p1-s20) has been run.
    "28": ("28", None, "28", "batch28_blind_p2", "pass2_batch28"),
    # batch 29's second pass (branch issue-e29p2-s20) read all twelve documents blind, as batch 20's did, while
    # batch 29 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e29p1-s20) has been run.
    "29": ("29", None, "29", "batch29_blind_p2", "pass2_batch29"),
    # batch 30's second pass (branch issue-e30p2-s20) read all twelve documents blind, as batch 20's did, while
    # batch 30 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e30p1-s20) has been run.
    "30": ("30", None, "30", "batch30_blind_p2", "pass2_batch30"),
    # batch 31's second pass (branch issue-e31p2-s20) read all twelve documents blind, as batch 20's did, while
    # batch 31 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e31p1-s20) has been run.
    "31": ("31", None, "31", "batch31_blind_p2", "pass2_batch31"),
    # batch 32's second pass (branch issue-e32p2-s21) read all twelve documents blind, as batch 20's did, while
    # batch 32 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e32p1-s21) has been run.
    "32": ("32", None, "32", "batch32_blind_p2", "pass2_batch32"),
    # batch 33's second pass (branch issue-e33p2-s21) read all twelve documents blind, as batch 20's did, while
    # batch 33 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e33p1-s21) has been run.
    "33": ("33", None, "33", "batch33_blind_p2", "pass2_batch33"),
    # batch 34's second pass (branch issue-e34p2-s21) read all twelve documents blind, as batch 20's did, while
    # batch 34 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e34p1-s21) has been run.
    "34": ("34", None, "34", "batch34_blind_p2", "pass2_batch34"),
    # batch 35's second pass (branch issue-e35p2-s21) read all twelve documents blind, as batch 20's did, while
    # batch 35 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e35p1-s21) has been run.
    "35": ("35", None, "35", "batch35_blind_p2", "pass2_batch35"),
    # batch 36's second pass (branch issue-e36p2-s21) read all twelve documents blind, as batch 20's did, while
    # batch 36 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e36p1-s21) has been run.
    "36": ("36", None, "36", "batch36_blind_p2", "pass2_batch36"),
    # batch 37's second pass (branch issue-e37p2-s21) read all twelve documents blind, as batch 20's did, while
    # batch 37 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e37p1-s21) has been run.
    "37": ("37", None, "37", "batch37_blind_p2", "pass2_batch37"),
    # batch 38's second pass (branch issue-e38p2-s22) read all twelve documents blind, as batch 20's did, while
    # batch 38 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e38p1-s22) has been run.
    "38": ("38", None, "38", "batch38_blind_p2", "pass2_batch38"),
    # batch 39's second pass (branch issue-e39p2-s22) read all twelve documents blind, as batch 20's did, while
    # batch 39 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e39p1-s22) has been run.
    "39": ("39", None, "39", "batch39_blind_p2", "pass2_batch39"),
    # batch 40's second pass (branch issue-e40p2-s22) read all twelve documents blind, as batch 20's did, while
    # batch 40 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e40p1-s22) has been run.
    "40": ("40", None, "40", "batch40_blind_p2", "pass2_batch40"),
    # batch 41's second pass (branch issue-e41p2-s22) read all twelve documents blind, as batch 20's did, while
    # batch 41 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e41p1-s22) has been run.
    "41": ("41", None, "41", "batch41_blind_p2", "pass2_batch41"),
    # batch 42's second pass (branch issue-e42p2-s22) read all twelve documents blind, as batch 20's did, while
    # batch 42 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e42p1-s22) has been run.
    "42": ("42", None, "42", "batch42_blind_p2", "pass2_batch42"),
    # batch 43's second pass (branch issue-e43p2-s22) read all twelve documents blind, as batch 20's did, while
    # batch 43 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e43p1-s22) has been run.
    "43": ("43", None, "43", "batch43_blind_p2", "pass2_batch43"),
    # batch 44's second pass (branch issue-e44p2-s23) read all eight documents blind, as batch 20's did, while
    # batch 44 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e44p1-s23) has been run.
    "44": ("44", None, "44", "batch44_blind_p2", "pass2_batch44"),
    # batch 45's second pass (branch issue-e45p2-s23) read all twelve documents blind, as batch 20's did, while
    # batch 45 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e45p1-s23) has been run.
    "45": ("45", None, "45", "batch45_blind_p2", "pass2_batch45"),
    # batch 46's second pass (branch issue-e46p2-s23) read all twelve documents blind, as batch 20's did, while
    # batch 46 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e46p1-s23) has been run.
    "46": ("46", None, "46", "batch46_blind_p2", "pass2_batch46"),
    # batch 47's second pass (branch issue-e47p2-s23) read all nine documents blind, as batch 20's did, while
    # batch 47 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e47p1-s23) has been run.
    "47": ("47", None, "47", "batch47_blind_p2", "pass2_batch47"),
    # batch 48's second pass (branch issue-e48p2-s23) read all twelve documents blind, as batch 20's did, while
    # batch 48 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e48p1-s23) has been run.
    "48": ("48", None, "48", "batch48_blind_p2", "pass2_batch48"),
    # batch 49's second pass (branch issue-e49p2-s24) read all eleven documents blind, as batch 20's did, while
    # batch 49 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e49p1-s24) has been run.
    "49": ("49", None, "49", "batch49_blind_p2", "pass2_batch49"),
    # batch 50's second pass (branch issue-e50p2-s24) read all twelve documents blind, as batch 20's did, while
    # batch 50 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e50p1-s24) has been run.
    "50": ("50", None, "50", "batch50_blind_p2", "pass2_batch50"),
    # batch 51's second pass (branch issue-e51p2-s24) read all eleven documents blind, as batch 20's did, while
    # batch 51 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e51p1-s24) has been run.
    "51": ("51", None, "51", "batch51_blind_p2", "pass2_batch51"),
    # batch 52's second pass (branch issue-e52p2-s24) read all eleven documents blind, as batch 20's did, while
    # batch 52 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e52p1-s24) has been run.
    "52": ("52", None, "52", "batch52_blind_p2", "pass2_batch52"),
    # batch 53's second pass (branch issue-e53p2-s25) read all twelve documents blind, as batch 20's did, while
    # batch 53 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e53p1-s25) has been run.
    "53": ("53", None, "53", "batch53_blind_p2", "pass2_batch53"),
    # batch 54's second pass (branch issue-e54p2-s25) read all twelve documents blind, as batch 20's did, while
    # batch 54 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e54p1-s25) has been run.
    "54": ("54", None, "54", "batch54_blind_p2", "pass2_batch54"),
    # batch 55's second pass (branch issue-e55p2-s25) read all seven documents of its texts commit blind, the
    # two held-out ones first, while batch 55 was fresh (tests/conftest.py FRESH_BATCHES); the eighth, added by
    # the builder after that commit, was read blind by the decider (branch issue-ed55-s25) before any other list
    # of it was opened. These tests name its documents and sweep nothing. Its pass-2 module is written only after
    # the agreement with pass 1 (branch issue-e55p1-s25) has been run.
    "55": ("55", None, "55", "batch55_blind_p2", "pass2_batch55"),
    # batch 56's second pass (branch issue-e56p2-s25) read all eleven documents blind, as batch 20's did, while
    # batch 56 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep nothing.
    # Its pass-2 module is written only after the agreement with pass 1 (branch issue-e56p1-s25) has been run.
    "56": ("56", None, "56", "batch56_blind_p2", "pass2_batch56"),
    # batch 57's second pass (branch issue-e57p2-s26) read all eleven documents blind, the three held-out ones
    # first, while batch 57 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and sweep
    # nothing. Its pass-2 module is written only after the agreement with pass 1 (branch issue-e57p1-s26) has been run.
    "57": ("57", None, "57", "batch57_blind_p2", "pass2_batch57"),
    # batch 58's second pass (branch issue-e58p2-s26) read all twelve documents blind, the four held-out ones
    # first, while batch 58 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and
    # sweep nothing. Its pass-2 module is written only after the agreement with pass 1 (branch issue-e58p1-s26)
    # has been run.
    "58": ("58", None, "58", "batch58_blind_p2", "pass2_batch58"),
    # batch 59's second pass (branch issue-e59p2-s26) read all six documents blind, the two held-out ones
    # first, while batch 59 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and
    # sweep nothing. Its pass-2 module is written only after the agreement with pass 1 (branch issue-e59p1-s26)
    # has been run.
    "59": ("59", None, "59", "batch59_blind_p2", "pass2_batch59"),
    # batch 60's second pass (branch issue-e60p2-s27) read all nine documents blind, the three held-out ones
    # first, while batch 60 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and
    # sweep nothing. Its pass-2 module is written only after the agreement with pass 1 (branch issue-e60p1-s27)
    # has been run.
    "60": ("60", None, "60", "batch60_blind_p2", "pass2_batch60"),
    # batch 61's second pass (branch issue-e61p2-s27) read all ten documents blind, the three held-out ones
    # first, while batch 61 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and
    # sweep nothing. Its pass-2 module was written only after the agreement with pass 1 (branch issue-e61p1-s27)
    # had been run (decider: branch issue-ed61-s27).
    "61": ("61", None, "61", "batch61_blind_p2", "pass2_batch61"),
    # batch 62's second pass (branch issue-e62p2-s28) read all nine documents blind, the three held-out ones
    # first, while batch 62 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and
    # sweep nothing. Its pass-2 module was written only after the agreement with pass 1 (branch issue-e62p1-s28)
    # had been run (decider: branch issue-ed62-s28).
    "62": ("62", None, "62", "batch62_blind_p2", "pass2_batch62"),
    # batch 63's second pass (branch issue-e63p2-s28) read all ten documents blind, the three held-out ones
    # first, while batch 63 was fresh (tests/conftest.py FRESH_BATCHES); these tests name its documents and
    # sweep nothing. Its pass-2 module was written only after the agreement with pass 1 (branch issue-e63p1-s28)
    # had been run (decider: branch issue-ed63-s28).
    "63": ("63", None, "63", "batch63_blind_p2", "pass2_batch63"),
}
# Documents whose blind list is empty because the text names no entity at all (batch 36's census bulletin
# notes: definitions of industries and unit kinds, an unmarked heading, list marks); every other list has spans.
NO_SPAN = {"stats-cn-fourth-economic-census-bulletin-notes"}
BATCHES = list(SETS)


def _load(name):
    return load_script(ENTITIES / f"{name}.py", with_its_folder=True)


def _heldout(name):
    """The documents of the set (split.tsv batch and split; split None: the whole batch) that pass 2 read
    blind."""
    batch, split = SETS[name][:2]
    lines = (ENTITIES.parent / "split.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    rows = [dict(zip(header, ln.split("\t"), strict=True)) for ln in lines[1:] if ln]
    return {
        Path(r["file"]).stem
        for r in rows
        if r["batch"] == batch and (split is None or r["split"] == split)
    }


def _need_pass2(name):
    """Skip until the set's pass-2 module exists (batches 8 to 10: written after the agreement is run)."""
    if not (ENTITIES / f"{SETS[name][4]}.py").exists():
        pytest.skip("the pass-2 edits of this set are written after the agreement with pass 1")


class _Agree:
    """agree.py bound to one set: its blind lists, spans, prf and compare(p1_lists)."""

    def __init__(self, name):
        self.tool = _load("agree")
        self.name = SETS[name][2]
        self.blind = self.tool.blind(self.name)
        assert self.blind.__name__ == SETS[name][3]
        self.spans, self.prf = self.tool.spans, self.tool.prf

    def compare(self, p1_lists):
        return self.tool.compare(self.name, p1_lists)


def _agree(name):
    return _Agree(name)


def _blind(agree, name):
    return agree.blind


def _builder(batch):
    """build_batch.py's builder of one batch (--batch N)."""
    sys.path.insert(0, str(ENTITIES))
    try:
        return _load("build_batch").batch(batch)
    finally:
        sys.path.remove(str(ENTITIES))


@pytest.mark.parametrize("batch", BATCHES)
def test_blind_lists_cover_the_heldout_documents_and_build_cleanly(batch):
    agree = _agree(batch)
    blind = _blind(agree, batch)
    assert set(blind.LISTS) == _heldout(batch)
    for doc in blind.LISTS:
        spans, problems = agree.spans(blind, doc)
        assert_no_problems(problems, doc)
        assert bool(spans) != (doc in NO_SPAN), doc


@pytest.mark.parametrize("batch", BATCHES)
def test_pass2_reads_only_the_heldout_documents(batch):
    _need_pass2(batch)
    pass2 = _load(SETS[batch][4])
    assert pass2.READ == _heldout(batch)
    for doc in pass2.EDITS:
        assert doc in pass2.READ


@pytest.mark.parametrize(
    ("batch", "doc", "retype", "cut"),
    [
        (
            "4",
            "stats-jx-yichun-2022",
            ("LOC\t江西", "ORG\t江西"),
            ("DATE\t2023年4月12日", "DATE\t2023年4月"),
        ),
        (
            "5",
            "news-hk-quarantine-breach-2020",
            ("ORG\tFacebook", "LOC\tFacebook"),
            ("DATE\t3月23日", "DATE\t3月"),
        ),
        (
            "5dev",
            "press-tw-tainan-nanshan-cemetery-2026",
            ("ORG\t台南市府", "LOC\t台南市府"),
            ("DATE\t115年3月31日", "DATE\t115年3月"),
        ),
        (
            "4dev",
            "news-cn-diamond-cooling-2026",
            ("ORG\tWind", "LOC\tWind"),
            ("DATE\t2025年12月17日", "DATE\t2025年12月"),
        ),
        (
            "7",
            "gw-cn-mohrss-working-days-2008",
            ("ORG\t劳动保障部", "LOC\t劳动保障部"),
            ("DATE\t2000年3月17日", "DATE\t2000年3月"),
        ),
        (
            "8",
            "gw-cn-cppcc-proposal-reply-2006",
            ("ORG\t国家信访局", "LOC\t国家信访局"),
            ("DATE\t二〇〇六年十月十八日", "DATE\t二〇〇六年十月"),
        ),
        (
            "9",
            "gw-cn-pollution-census-group-2018",
            ("ORG\t统计局", "LOC\t统计局"),
            ("DATE\t2018年11月5日", "DATE\t2018年11月"),
        ),
        (
            "10",
            "gw-cn-hk-macau-weather-stations-reply-1996",
            ("ORG\t广州军区", "LOC\t广州军区"),
            ("DATE\t一九九六年二月六日", "DATE\t一九九六年二月"),
        ),
        (
            "11",
            "gw-cn-npc-blog-suggestion-reply-2006",
            ("PER\t邓明义", "ORG\t邓明义"),
            ("DATE\t2005年12月28日", "DATE\t2005年12月"),
        ),
        (
            "12",
            "gw-sh-historic-buildings-management-2025",
            ("ORG\t上海市政府", "LOC\t上海市政府"),
            ("DATE\t2025年12月22日", "DATE\t2025年12月"),
        ),
        (
            "13",
            "news-tw-korea-crash-bird-strike-briefing-2025",
            ("ORG\t韓國航空鐵道事故調查委員會", "LOC\t韓國航空鐵道事故調查委員會"),
            ("DATE\t2024年12月29日", "DATE\t2024年12月"),
        ),
        (
            "14",
            "gw-sh-construction-methods-list-2024",
            ("ORG\t住房和城乡建设部", "LOC\t住房和城乡建设部"),
            ("DATE\t2024年1月12日", "DATE\t2024年1月"),
        ),
        (
            "15",
            "gw-sh-inland-navigable-waters-2022",
            ("ORG\t上海市交通委员会", "LOC\t上海市交通委员会"),
            ("DATE\t二○二二年五月十五日", "DATE\t二○二二年五月"),
        ),
        (
            "16",
            "gw-sh-transport-qualification-duties-2023",
            ("ORG\t上海市交通建设工程管理中心", "LOC\t上海市交通建设工程管理中心"),
            ("DATE\t2023年10月30日", "DATE\t2023年10月"),
        ),
        (
            "17",
            "gw-sh-fengxian-relic-renovation-2024",
            ("ORG\t上海市奉贤区文物局", "LOC\t上海市奉贤区文物局"),
            ("DATE\t2024年7月23日", "DATE\t2024年7月"),
        ),
        (
            "18",
            "gw-sh-history-memory-carriers-2025",
            ("ORG\t上海市规划和自然资源局", "LOC\t上海市规划和自然资源局"),
            ("DATE\t2025年1月15日", "DATE\t2025年1月"),
        ),
        (
            "19",
            "gw-sh-public-charging-inspection-2023",
            ("ORG\t市道路运输管理局", "LOC\t市道路运输管理局"),
            ("DATE\t2023年4月24日", "DATE\t2023年4月"),
        ),
        (
            "20",
            "gw-sh-five-new-cities-approval-delegation-2023",
            ("ORG\t交通运输部", "LOC\t交通运输部"),
            ("DATE\t2023年12月6日", "DATE\t2023年12月"),
        ),
        (
            "21",
            "gw-sh-transport-accident-statistics-2024",
            ("ORG\t国家统计局", "LOC\t国家统计局"),
            ("DATE\t2024年3月21日", "DATE\t2024年3月"),
        ),
        (
            "22",
            "press-tw-tncc-yongkang-interpellation-2026",
            ("ORG\t教育部", "LOC\t教育部"),
            ("DATE\t9月18日", "DATE\t9月"),
        ),
        (
            "49",
            "gw-zj-hangzhou-housing-fund-home-count-notice-2024",
            ("ORG\t杭州住房公积金管理中心", "LOC\t杭州住房公积金管理中心"),
            ("DATE\t5月9日", "DATE\t5月"),
        ),
        (
            "23",
            "gw-sh-foundation-pit-monitoring-plan-2023",
            ("ORG\t市住房城乡建设管理委", "LOC\t市住房城乡建设管理委"),
            ("DATE\t2023年3月8日", "DATE\t2023年3月"),
        ),
        (
            "24",
            "gw-sh-major-transport-works-factor-guarantee-2024",
            ("ORG\t上海市交通建设工程管理中心", "LOC\t上海市交通建设工程管理中心"),
            ("DATE\t2024年9月25日", "DATE\t2024年9月"),
        ),
        (
            "25",
            "gw-sh-transport-construction-credit-rules-2021",
            ("ORG\t上海市交通建设工程管理中心", "LOC\t上海市交通建设工程管理中心"),
            ("DATE\t2021年7月29日", "DATE\t2021年7月"),
        ),
        (
            "26",
            "gw-sh-transport-business-environment-plan-2026",
            ("ORG\t部海事局", "LOC\t部海事局"),
            ("DATE\t2026年4月15日", "DATE\t2026年4月"),
        ),
        (
            "27",
            "press-mo-zhuhai-npc-rules-alignment-visit-2026",
            ("ORG\t珠海市委台港澳辦", "LOC\t珠海市委台港澳辦"),
            ("DATE\t昨（25）日", "DATE\t昨（25）"),
        ),
        (
            "28",
            "gw-sh-taxi-operating-rights-rules-2026",
            ("ORG\t上海市道路运输事业发展中心", "LOC\t上海市道路运输事业发展中心"),
            ("DATE\t2026年4月13日", "DATE\t2026年4月"),
        ),
        (
            "29",
            "press-mo-apec-tourism-ministers-meeting-2026",
            ("ORG\t經濟財政司", "LOC\t經濟財政司"),
            ("DATE\t今（27）日", "DATE\t今（27）"),
        ),
        (
            "30",
            "news-cn-broad-index-sample-reshuffle-2026",
            ("ORG\t嘉实基金", "LOC\t嘉实基金"),
            ("DATE\t6月12日", "DATE\t6月12"),
        ),
        (
            "31",
            "press-mo-ka-ho-oil-depot-fire-drill-2026",
            ("ORG\t澳門海關", "LOC\t澳門海關"),
            ("DATE\t2026年7月2日", "DATE\t2026年7月"),
        ),
        (
            "32",
            "news-cn-xwlb-riyadh-arrival-20221208",
            ("ORG\t央视网", "LOC\t央视网"),
            ("DATE\t12月7日", "DATE\t12月"),
        ),
        (
            "33",
            "gw-tw-mof-military-village-estate-tax-order-2010",
            ("PER\t李述德", "ORG\t李述德"),
            ("DATE\t99年2月2日", "DATE\t99年2月"),
        ),
        (
            "34",
            "report-cn-xi-letter-ustb-pakistani-students-2020",
            ("ORG\t人民日报", "LOC\t人民日报"),
            ("DATE\t2020年5月17日", "DATE\t2020年5月"),
        ),
        (
            "35",
            "press-mo-chief-executive-fujian-cooperation-visit-2026",
            ("ORG\t福建省發展和改革委員會", "LOC\t福建省發展和改革委員會"),
            ("DATE\t8月5日", "DATE\t8月"),
        ),
        (
            "36",
            "news-cn-xinhua-wen-jiabao-tianjin-survey-2011",
            ("ORG\t天津市委", "LOC\t天津市委"),
            ("DATE\t10月24日至25日", "DATE\t10月24日"),
        ),
        (
            "37",
            "press-tw-president-temples-lucky-bags-taoyuan-hsinchu-miaoli-2026",
            ("ORG\t行政院主計總處", "LOC\t行政院主計總處"),
            ("DATE\t今（19）日", "DATE\t今（19）"),
        ),
        (
            "38",
            "news-cn-chongqing-jiangjin-yangtze-oil-dumping-verdict-2021",
            ("ORG\t重庆市江津区人民法院", "LOC\t重庆市江津区人民法院"),
            ("DATE\t2020年11月26日", "DATE\t2020年11月"),
        ),
        (
            "39",
            "news-hk-appledaily-sheung-shui-nail-hoses-sentencing-2021",
            ("PER\t黃國輝", "ORG\t黃國輝"),
            ("DATE\t12月9日", "DATE\t12月"),
        ),
        (
            "40",
            "gw-cn-suqian-online-rentals-minors-decision-2024",
            ("ORG\t宿迁市第六届人民代表大会常务委员会", "LOC\t宿迁市第六届人民代表大会常务委员会"),
            ("DATE\t2024年6月27日", "DATE\t2024年6月"),
        ),
        (
            "41",
            "press-mo-dsaj-arbitrators-hong-kong-training-visit-2026",
            ("ORG\t香港國際仲裁中心", "LOC\t香港國際仲裁中心"),
            ("DATE\t2026年9月17日至18日", "DATE\t2026年9月17日"),
        ),
        (
            "42",
            "gw-cn-npc-2009-work-report-resolution",
            ("PER\t温家宝", "ORG\t温家宝"),
            ("DATE\t2009年", "DATE\t2009"),
        ),
        (
            "43",
            "press-tw-tainan-penghu-ferry-anping-magong-maiden-voyage-2026",
            ("ORG\t台灣航業股份有限公司", "LOC\t台灣航業股份有限公司"),
            ("DATE\t115年10月2日", "DATE\t115年10月"),
        ),
        (
            "44",
            "gw-sd-gov-office-yellow-river-ice-flood-notice-2021",
            ("ORG\t山东黄河河务局", "LOC\t山东黄河河务局"),
            ("DATE\t2021年1月8日", "DATE\t2021年1月"),
        ),
        (
            "45",
            "gw-tw-moi-human-trafficking-victims-stay-residence-permit-regulations-2009",
            ("ORG\t內政部入出國及移民署", "LOC\t內政部入出國及移民署"),
            ("DATE\t中華民國98年6月1日", "DATE\t中華民國98年6月"),
        ),
        (
            "46",
            "press-tw-tainan-water-resources-dredging-funds-rebuttal-2026",
            ("ORG\t監察院", "LOC\t監察院"),
            ("DATE\t113年度", "DATE\t113年"),
        ),
        (
            "47",
            "news-cn-most-vice-minister-meets-french-ai-envoy-2024",
            ("PER\t习近平", "ORG\t习近平"),
            ("DATE\t2024年11月26日", "DATE\t2024年11月"),
        ),
        (
            "48",
            "press-mo-pj-fake-douyin-support-scam-alert-2026",
            ("ORG\t司法警察局反詐騙協調中心", "LOC\t司法警察局反詐騙協調中心"),
            ("DATE\t9月18日", "DATE\t9月"),
        ),
        (
            "50",
            "gw-tw-mnd-criminal-compensation-decision-letter-2012",
            ("ORG\t國防部高等法院高雄分院", "LOC\t國防部高等法院高雄分院"),
            ("DATE\t中華民國101年3月30日", "DATE\t中華民國101年3月"),
        ),
        (
            "53",
            "gw-jx-provincial-government-yingtan-port-master-plan-reply-2020",
            ("ORG\t交通运输部", "LOC\t交通运输部"),
            ("DATE\t2020年3月3日", "DATE\t2020年3月"),
        ),
        (
            "60",
            "gw-cn-state-council-office-railway-safety-joint-meeting-letter-2021",
            ("PER\t杨传堂", "ORG\t杨传堂"),
            ("DATE\t2021年1月26日", "DATE\t2021年1月"),
        ),
        (
            "61",
            "gw-tw-moi-police-uniform-act-article-6-interpretation-order-2016",
            ("PER\t陳威仁", "ORG\t陳威仁"),
            ("DATE\t中華民國105年3月4日", "DATE\t中華民國105年3月"),
        ),
        (
            "63",
            "gw-tw-mof-taxation-agency-taiwan-thailand-tax-agreement-in-force-letter-2012",
            ("ORG\t外交部", "LOC\t外交部"),
            ("DATE\t中華民國101年12月26日", "DATE\t中華民國101年12月"),
        ),
        (
            "62",
            "gw-jl-changchun-government-office-property-market-stability-notice-2017",
            ("ORG\t人民银行", "LOC\t人民银行"),
            ("DATE\t2017年12月29日", "DATE\t2017年12月"),
        ),
        (
            "59",
            "gw-cn-state-council-beijing-pollution-control-targets-reply-1999",
            ("ORG\t北京市人民政府", "LOC\t北京市人民政府"),
            ("DATE\t一九九九年十月三十一日", "DATE\t一九九九年十月"),
        ),
        (
            "58",
            "gw-tw-tainan-labour-care-worker-training-class-applications-notice-2024",
            ("PER\t陳奕光", "ORG\t陳奕光"),
            ("DATE\t中華民國113年10月29日", "DATE\t中華民國113年10月"),
        ),
        (
            "56",
            "gw-tw-moe-local-government-project-subsidy-rule-order-2015",
            ("PER\t吳思華", "ORG\t吳思華"),
            ("DATE\t中華民國104年6月10日", "DATE\t中華民國104年6月"),
        ),
        (
            "57",
            "gw-js-changzhou-real-estate-market-stability-notice-2020",
            ("ORG\t市委网信办", "LOC\t市委网信办"),
            ("DATE\t2020年9月12日", "DATE\t2020年9月"),
        ),
        (
            "54",
            "gw-tw-moea-hsishih-reservoir-storage-area-notice-2012",
            ("ORG\t台灣自來水股份有限公司", "LOC\t台灣自來水股份有限公司"),
            ("DATE\t中華民國101年4月5日", "DATE\t中華民國101年4月"),
        ),
        (
            "55",
            "gw-fj-pingtan-eucalyptus-cutworm-control-urgent-notice-2011",
            ("ORG\t县林业局", "LOC\t县林业局"),
            ("DATE\t2011-05-25", "DATE\t2011-05"),
        ),
        (
            "52",
            "gw-tw-fsc-insurer-public-offering-exemption-order-2012",
            ("PER\t陳裕璋", "ORG\t陳裕璋"),
            ("DATE\t中華民國101年4月5日", "DATE\t中華民國101年4月"),
        ),
        (
            "51",
            "gw-js-nantong-private-economy-decision-2025",
            (
                "ORG\t南通市第十六届人民代表大会常务委员会",
                "LOC\t南通市第十六届人民代表大会常务委员会",
            ),
            ("DATE\t2025年11月5日", "DATE\t2025年11月"),
        ),
        (
            "6",
            "gw-sh-taxi-fare-float-rules-2021",
            ("ORG\t市道路运输发展中心", "LOC\t市道路运输发展中心"),
            ("DATE\t2022年1月10日", "DATE\t2022年1月"),
        ),
    ],
)
def test_agreement_is_strict_on_span_and_type(batch, doc, retype, cut):
    agree = _agree(batch)
    own = _blind(agree, batch).LISTS[doc]
    _, per_doc, _, _ = agree.compare(types.SimpleNamespace(LISTS={doc: own}))
    n2, n1, m = per_doc[doc]
    assert n2 == n1 == m > 0
    assert agree.prf(m, n2, n1) == (1.0, 1.0, 1.0)
    # one span retyped and one DATE cut short: both count as disagreements, each way
    changed = own.replace(*retype).replace(*cut)
    assert changed != own
    _, per_doc, per_type, diffs = agree.compare(types.SimpleNamespace(LISTS={doc: changed}))
    n2, n1, m = per_doc[doc]
    assert (n2, n1, m) == (n2, n2, n2 - 2)
    old_type, new_type = retype[0].split("\t")[0], retype[1].split("\t")[0]
    assert per_type[old_type, "m"] == per_type[old_type, "p2"] - 1
    assert per_type[new_type, "p1"] == per_type[new_type, "m"] + 1
    assert per_type["DATE", "m"] == per_type["DATE", "p2"] - 1
    only2, only1 = diffs[doc]
    assert len(only2) == len(only1) == 2
    assert all(x < 1.0 for x in agree.prf(m, n2, n1))


@pytest.mark.parametrize("batch", BATCHES)
def test_every_pass2_edit_moves_the_gold_towards_the_blind_reading(batch):
    _need_pass2(batch)
    agree = _agree(batch)
    build = _builder(SETS[batch][0])
    pass2 = _load(SETS[batch][4])
    blind = _blind(agree, batch)
    if not set(pass2.EDITS) <= set(build.lists.LISTS):
        # batch 5's dev lists and their builder group are pass 1's (branch issue-e5d1-s7); on this branch
        # alone they are absent, and the edits are checked once both branches are merged
        pytest.skip("pass 1's reading lists for these documents are not on this branch")
    for doc in pass2.EDITS:
        # the text both passes read: without a line a reader change added later (carry_cap26.ADDED), on which
        # the blind spans are built too
        text = _load("reading_lists").read_text_as_read(doc)
        listed, problems = build.annotate(doc, text)
        assert_no_problems(problems, doc)
        before = listed
        group = build.group_of(doc)
        blind_later = group.later is not None and group.later_name == SETS[batch][4]
        if blind_later and group.edits is not None:
            # batch 4 dev: each list's review is applied before the blind pass, so "before" includes it
            before, _ = group.edits.apply(doc, text, before)
        # the guideline revisions of every batch (revisions.py) come after the edits: on both sides
        before, _ = _load("revisions").apply(doc, text, before)
        if group.later is None or blind_later:
            after, _, _ = build.gold_entities(doc, text)
        else:
            # a later module that is no blind pass (carry_o36.py, carry_cap26.py: the entities of lines a reader
            # change added, which the blind pass never saw) is left out: the edits alone against the lists
            after, _ = pass2.apply(doc, text, listed)
            after, _ = _load("revisions").apply(doc, text, after)
        key = lambda e: (e["start"], e["end"], e["type"])  # noqa: E731
        was, now = {key(e) for e in before}, {key(e) for e in after}
        assert now != was, doc  # each document with edits really changes
        read, _ = agree.spans(blind, doc)
        assert now - was <= read, doc  # every span an edit adds was read blind
        assert not (was - now) & read, doc  # no edit removes a span read blind
        assert len(now ^ read) < len(was ^ read), doc  # so the gold moves towards the blind reading


def test_batch59_decisions_reach_the_built_gold_and_pass_1s_lists_alone_lack_them():
    # README-batch59-pass2.md, dev documents only (their lines quoted): each decision holds in the built gold
    # (pass 1's lists + pass2_batch59.py + revisions.py), and pass 1's lists alone read the other way, so the
    # assertions would fail without the edits
    _need_pass2("59")
    build = _builder("59")
    blind = _blind(_agree("59"), "59")
    read_text = _load("reading_lists").read_text

    def spans(doc):
        text = read_text(doc)
        gold, problems, _ = build.gold_entities(doc, text)
        assert_no_problems(problems, doc)
        listed, _ = build.annotate(doc, text)
        key = lambda e: (e["start"], e["end"], e["type"])  # noqa: E731
        return text, {key(e) for e in gold}, {key(e) for e in listed}

    # D-3, for pass 1: 同意北京市按照有关规定 keeps LOC 北京市 and 中央驻京各单位 gives 京; the blind list's 京
    # landed inside 北京市 (a list line found too early), which the gold does not take
    text, gold, p1 = spans("gw-cn-state-council-beijing-pollution-control-targets-reply-1999")
    city = text.index("同意北京市按照") + 2
    jing = text.index("中央驻京各单位") + 3
    assert {(city, city + 3, "LOC"), (jing, jing + 1, "LOC")} <= gold
    assert (city + 1, city + 2, "LOC") in blind_spans(
        blind, "gw-cn-state-council-beijing-pollution-control-targets-reply-1999"
    ) - gold

    # D-4, for pass 2: 两次国家核安全局专家委员会审议 — the committee written with its body is one ORG
    text, gold, p1 = spans("news-cn-mee-nuclear-power-plant-safety-reporting-rules-qa-2020")
    i = text.index("国家核安全局专家委员会")
    assert (i, i + 11, "ORG") in gold - p1 and (i, i + 6, "ORG") in p1 - gold

    # D-5 to D-7, for pass 2 (NOWnews explainer): 第一關就是「中央才能決定」 a TERM; every 第三跑道 a LOC, 第三跑道工程
    # one LOC with its 工程; 相較過去「桃機還沒準備好」的狀態 one TERM, no LOC 桃機 inside it
    text, gold, p1 = spans("news-tw-nownews-songshan-airport-relocation-explainer-2026")
    i = text.index("「中央才能決定」")
    assert (i, i + 8, "TERM") in gold - p1
    runways = [m for m in range(len(text)) if text.startswith("第三跑道", m)]
    assert len(runways) == 6
    for m in runways:
        end = m + 6 if text.startswith("第三跑道工程", m) else m + 4
        assert (m, end, "LOC") in gold - p1, m
    i = text.index("「桃機還沒準備好」")
    assert (i, i + 9, "TERM") in gold and (i + 1, i + 3, "LOC") in p1 - gold

    # D-8, for pass 2: 习近平总书记多次强调，“绿水青山就是金山银山”，“要坚持…” — his words, no TERM
    text, gold, p1 = spans(
        "plan-cn-13th-fyp-eco-environmental-protection-notice-and-chapter-one-2016"
    )
    i = text.index("“绿水青山就是金山银山”")
    assert (i, i + 12, "TERM") in p1 - gold
    assert not any(a < i + 12 and b > i for a, b, _ in gold)


def test_batch60_decisions_reach_the_built_gold_and_each_pass_alone_reads_otherwise():
    # README-batch60-pass2.md, dev documents only (their lines quoted): each decision holds in the built gold
    # (pass 1's lists + pass2_batch60.py + revisions.py), and the pass it went against reads the other way, so
    # each assertion is false on that pass's list alone (for pass 2: false without pass2_batch60.py)
    _need_pass2("60")
    build = _builder("60")
    blind = _blind(_agree("60"), "60")
    read_text = _load("reading_lists").read_text

    def spans(doc):
        text = read_text(doc)
        gold, problems, _ = build.gold_entities(doc, text)
        assert_no_problems(problems, doc)
        listed, _ = build.annotate(doc, text)
        key = lambda e: (e["start"], e["end"], e["type"])  # noqa: E731
        return text, {key(e) for e in gold}, {key(e) for e in listed}, blind_spans(blind, doc)

    # D-3, for pass 1: 国务院同意建立…部际联席会议制度。联席会议不刻制印章 — the bare 联席会议 before 以下简称 defines
    # it is no ORG (as batch 10's vocational-education letter); the defined one after 以下简称 is
    text, gold, p1, p2 = spans(
        "gw-cn-state-council-office-railway-safety-joint-meeting-letter-2021"
    )
    i = text.index("。联席会议不刻制印章") + 1
    assert (i, i + 4, "ORG") in p2 - gold
    j = text.index("（以下简称联席会议）") + 5
    assert (j, j + 4, "ORG") in gold & p2

    # D-4 and D-5 (Xiaoxiang Morning Herald): 湖南津市监狱管理区的“特殊病犯收治中心” — the named zone is one LOC, for pass 1;
    # the footer's "Copyright © 2001-2011 xxcb.cn" gives DATE 2001-2011, for pass 2, the domain nothing
    text, gold, p1, p2 = spans("news-cn-xxcb-changsha-detention-centre-special-detainee-2014")
    i = text.index("湖南津市监狱管理区")
    assert (i, i + 9, "LOC") in gold and (i, i + 9, "ORG") in p2 - gold
    i = text.index("2001-2011")
    assert (i, i + 9, "DATE") in (gold & p2) - p1
    assert not any(
        a >= text.index("xxcb.cn") and b <= text.index("xxcb.cn") + 7 for a, b, _ in gold
    )

    # D-6 and D-7 (Jiangxi grain bureau): 以习近平新时代中国特色社会主义思想为指导 keeps LOC 中国 (twice), for pass 1;
    # 以苏区粮食干部好作风引领 — bare 苏区 after 中央苏区 is the kind word, no LOC, for pass 2; 中央苏区 stays LOC
    text, gold, p1, p2 = spans("plan-jx-grain-reserves-bureau-2020-work-points")
    china = [m + 6 for m in range(len(text)) if text.startswith("习近平新时代中国特色", m)]
    assert len(china) == 2
    for m in china:
        assert (m, m + 2, "LOC") in gold - p2, m
    i = text.index("以苏区粮食干部") + 1
    assert (i, i + 2, "LOC") in p1 - gold and (i, i + 2, "LOC") not in p2
    i = text.index("中央苏区")
    assert (i, i + 4, "LOC") in gold & p2


def test_batch61_dev_decisions_hold_in_the_built_gold():
    # README-batch61-pass2.md, dev documents only (their lines quoted): D-3 for pass 2 — 澳門旅遊推介洽談會將於4月20日
    # 路展閉幕前在Soy Kitchen餐廳舉行 holds one ORG with the kind word, where pass 1's list alone has the bare name, and
    # the three bare mentions before it stay bare; D-2 and D-4 for pass 1 — the headline 喝手搖飲「都會做1舉動」 and
    # 一座球館不會因為一句「我要爭取」就從地上長出來 hold no TERM in the gold although the blind lists read one
    _need_pass2("61")
    build = _builder("61")
    blind = _blind(_agree("61"), "61")
    read_text = _load("reading_lists").read_text
    key = lambda e: (e["start"], e["end"], e["type"])  # noqa: E731

    def spans(doc):
        text = read_text(doc)
        gold, problems, _ = build.gold_entities(doc, text)
        assert_no_problems(problems, doc)
        listed, _ = build.annotate(doc, text)
        return text, {key(e) for e in gold}, {key(e) for e in listed}

    doc = "press-mo-mgto-experience-macao-madrid-roadshow-2026"
    text, gold, p1 = spans(doc)
    i = text.index("Soy Kitchen餐廳舉行")
    assert (i, i + 13, "ORG") in gold - p1 and (i, i + 11, "ORG") in p1 - gold
    bare = [m for m in range(i) if text.startswith("Soy Kitchen", m)]
    assert len(bare) == 3
    assert all((m, m + 11, "ORG") in gold for m in bare)

    for doc, quoted in (
        ("news-tw-ettoday-drink-straw-sleeve-foreign-model-2025", "「都會做1舉動」"),
        ("press-tw-tncc-xinhua-table-tennis-badminton-hall-2026", "「我要爭取」"),
    ):
        text, gold, p1 = spans(doc)
        i = text.index(quoted)
        span = (i, i + len(quoted), "TERM")
        assert span in blind_spans(blind, doc) and span not in gold, doc
        assert not any(a < i + len(quoted) and b > i for a, b, _ in gold), doc


def test_batch62_dev_decisions_hold_in_the_built_gold_and_each_pass_alone_reads_otherwise():
    # README-batch62-pass2.md, dev documents only (their lines quoted): each decision holds in the built gold
    # (pass 1's lists + pass2_batch62.py + revisions.py), and the pass it went against reads the other way, so each
    # assertion is false on that pass's list alone (for pass 2: false without pass2_batch62.py)
    _need_pass2("62")
    build = _builder("62")
    blind = _blind(_agree("62"), "62")
    read_text = _load("reading_lists").read_text
    key = lambda e: (e["start"], e["end"], e["type"])  # noqa: E731

    def spans(doc):
        text = read_text(doc)
        gold, problems, _ = build.gold_entities(doc, text)
        assert_no_problems(problems, doc)
        listed, _ = build.annotate(doc, text)
        return text, {key(e) for e in gold}, {key(e) for e in listed}, blind_spans(blind, doc)

    # D-4 and D-5, for pass 2: 由县住建部门协调县住房公积金管理部 (来安), 市国土部门应及时清查 and 市房地部门要加大 (长春) — a
    # level word + remit + 部门 is no ORG, while 县住房公积金管理部 (a body's own name) stays ORG
    for doc, dept in (
        ("gw-ah-laian-county-government-office-property-market-measures-notice-2022", "县住建部门"),
        ("gw-jl-changchun-government-office-property-market-stability-notice-2017", "市国土部门"),
        ("gw-jl-changchun-government-office-property-market-stability-notice-2017", "市房地部门"),
    ):
        text, gold, p1, p2 = spans(doc)
        i = text.index(dept)
        assert (i, i + 5, "ORG") in p1 - gold, dept
        assert not any(a < i + 5 and b > i for a, b, _ in gold | p2), dept
    text, gold, p1, p2 = spans(
        "gw-ah-laian-county-government-office-property-market-measures-notice-2022"
    )
    i = text.index("协调县住房公积金管理部") + 2
    assert (i, i + 9, "ORG") in gold & p2

    # D-6, for pass 2 (丹东): 伤残证（1-4级）、残疾证（1-2级） — each grade range one QUANT
    text, gold, p1, p2 = spans("gw-ln-dandong-housing-fund-centre-withdrawal-rules-notice-2022")
    for grade in ("（1-4级）", "（1-2级）"):
        i = text.index(grade) + 1
        assert (i, i + 4, "QUANT") in (gold & p2) - p1, grade

    # D-7 to D-10 (黄浦): 目前全区有1-5批优秀历史建筑 — batch numbers, no QUANT (for pass 1); “阅读黄浦”微信小程序 — ORG 微信
    # (for pass 2); 区历保委充实了历史建筑保护专家委员会力量 — a committee named by its remit, ORG (for pass 1);
    # 以习近平新时代中国特色社会主义思想 keeps LOC 中国 (for pass 1)
    text, gold, p1, p2 = spans("plan-sh-huangpu-historic-areas-14th-fyp-2021-part")
    i = text.index("1-5批")
    assert (i, i + 4, "QUANT") in p2 - gold
    assert not any(a < i + 4 and b > i for a, b, _ in gold)
    i = text.index("微信小程序")
    assert (i, i + 2, "ORG") in (gold & p2) - p1
    i = text.index("历史建筑保护专家委员会")
    assert (i, i + 11, "ORG") in gold - p2
    i = text.index("新时代中国特色社会主义") + 3
    assert (i, i + 2, "LOC") in gold - p2


def test_batch63_dev_decisions_hold_in_the_built_gold():
    # README-batch63-pass2.md, dev documents only (their lines quoted); all four dev decisions went to pass 1, so each
    # assertion checks the built gold (pass 1's lists + pass2_batch63.py + revisions.py) against the blind lists'
    # other reading, false on the blind lists alone
    _need_pass2("63")
    build = _builder("63")
    blind = _blind(_agree("63"), "63")
    read_text = _load("reading_lists").read_text
    key = lambda e: (e["start"], e["end"], e["type"])  # noqa: E731

    def spans(doc):
        text = read_text(doc)
        gold, problems, _ = build.gold_entities(doc, text)
        assert_no_problems(problems, doc)
        return text, {key(e) for e in gold}, blind_spans(blind, doc)

    # D-2 and D-3 (ETtoday little league): 中華職棒27年賽季甫開幕 — the league's year is a DATE (as 115學年度), the blind
    # list's QUANT is not; 遠道而來的日本大阪黑豹隊 — the country written before the foreign team is its own LOC
    # (as 日本 + 早稻田大學…), where the blind list has one ORG
    text, gold, p2 = spans("news-tw-ettoday-hsinchu-sino-japanese-little-league-2016")
    i = text.index("中華職棒27年賽季") + 4
    assert (i, i + 3, "DATE") in gold - p2 and (i, i + 3, "QUANT") in p2 - gold
    i = text.index("日本大阪黑豹隊")
    assert {(i, i + 2, "LOC"), (i + 2, i + 7, "ORG")} <= gold
    assert (i, i + 7, "ORG") in p2 - gold

    # D-4 (TNCC Golden Coast): the headline 黃金海岸AI砸千萬「晚上看不到」 — a quoted predicate, no TERM and nothing inside
    doc = "press-tw-tncc-lin-yanzhu-golden-coast-ai-illegal-lodging-2026"
    text, gold, p2 = spans(doc)
    i = text.index("「晚上看不到」")
    assert (i, i + 7, "TERM") in p2 and not any(a < i + 7 and b > i for a, b, _ in gold)

    # D-5 (Bastille Post): the headline 廉署加控一分判商東主3罪 — digits before a noun with no measure word stay out (as
    # 6險企), while the body's 加控…3項貪污罪名 keeps QUANT 3項 in both
    text, gold, p2 = spans("news-hk-bastillepost-third-runway-bribery-icac-charges-2023")
    i = text.index("東主3罪") + 2
    assert (i, i + 2, "QUANT") in p2 and not any(a < i + 2 and b > i for a, b, _ in gold)
    j = text.index("3項貪污罪名")
    assert (j, j + 2, "QUANT") in gold & p2


def blind_spans(blind, doc):
    """The (start, end, type) spans the blind lists build for doc."""
    return _load("agree").spans(blind, doc)[0]


def test_batch4_builder_applies_the_blind_dev_pass_after_the_reviews_and_only_to_the_dev_documents():
    # the batch-4 dev groups of build_batch.py carry pass2_batch4_dev.py as their later pass: the dev files
    # carry the blind pass in their annotator and its edits on top of the review's; the held-out files
    # (and their pass 2) are untouched
    build = _builder("4")
    pass2 = _load("pass2_batch4_dev")
    held_out, *dev_groups = build.groups
    assert held_out.later is None and len(dev_groups) == 2
    assert all(g.later is not None and g.later.READ == pass2.READ for g in dev_groups)
    if not pass2.READ <= set(build.lists.LISTS):
        pytest.skip("the dev reading lists are not on this branch")
    blind_who = dev_groups[0].later_who
    for doc, split in build.documents().items():
        who = build.annotator(doc)
        assert who.endswith(blind_who) == (split == "dev"), doc
        if split == "heldout":
            assert who.endswith("+ pass 2 (branch issue-e4b-s6)"), doc
    # with the later pass switched off, a document with edits builds as its list plus its review alone
    doc = "wr-heilongjiang-2026"
    text = _load("reading_lists").read_text(doc)
    with_pass2, _, _ = build.gold_entities(doc, text)
    group = build.group_of(doc)
    saved, group.later = group.later, None
    try:
        without, _, _ = build.gold_entities(doc, text)
        assert not build.annotator(doc).endswith(blind_who)
    finally:
        group.later = saved
    lists, _ = build.annotate(doc, text)
    reviewed, _ = group.edits.apply(doc, text, lists)
    assert without == reviewed
    assert with_pass2 == pass2.apply(doc, text, reviewed)[0] != without


def test_batch57_decided_dev_spans_follow_the_decisions():
    # README-batch57-pass2.md, dev decisions of the 君山 area bureau's 2022 report: the scraper's path line
    # "本地目录: …/83240_平潭综合实验区君山片区管理局2022年度工作报告" holds no span (D-14), "在实验区党工委管委会坚强
    # 领导下" is one ORG (D-15), and in "自觉接受人大法律监督、政协民主监督…办理人大代表建议9件" bare 人大 / 政协 are no
    # body (D-17); pass 1's list tags all of them, so each check is false without pass2_batch57.py. In the 平潭
    # county 2018 report the page head "政府工作报告（2018） 时间：2018-01-03" keeps pass 1's DATE 2018 (D-12).
    _need_pass2("57")
    build = _builder("57")
    doc = "wr-fj-pingtan-junshan-area-bureau-2022-work-report"
    text = _load("reading_lists").read_text(doc)
    listed, problems = build.annotate(doc, text)
    assert_no_problems(problems, doc)
    gold, _, _ = build.gold_entities(doc, text)
    path = text.index("本地目录:")
    path_end = text.index("\n", path)
    joint = text.index("实验区党工委管委会")

    def in_path(ents):
        return [e for e in ents if path <= e["start"] < path_end]

    def orgs(ents, word):
        return [e for e in ents if e["type"] == "ORG" and e["text"] == word]

    assert in_path(listed) and not in_path(gold)
    assert (joint, joint + 9, "ORG") in {(e["start"], e["end"], e["type"]) for e in gold}
    assert not orgs(gold, "管委会") and orgs(listed, "管委会")
    assert len(orgs(listed, "人大")) == 2 and orgs(listed, "政协")
    assert not orgs(gold, "人大") and not orgs(gold, "政协")
    # the bureau's name and 2022年度 stay tagged in the title line above the path
    assert {"平潭综合实验区君山片区管理局", "2022年度"} <= {
        e["text"] for e in gold if e["end"] <= path
    }
    doc = "wr-fj-pingtan-county-2018-work-report-review-part"
    text = _load("reading_lists").read_text(doc)
    gold, _, _ = build.gold_entities(doc, text)
    head = text.index("（2018）") + 1
    assert (head, head + 4, "DATE") in {(e["start"], e["end"], e["type"]) for e in gold}
