"""Legal and executive rules after the seventh recall/precision audit of unannotated non-test stories
(LITIGATION_REGULATORY, EXECUTIVE_DEPARTURE, RESTATEMENT): text -> the events expected (type, words in the trigger,
status), with the distractors that must not fire. Same row format as tests/test_event_rules.py: ("!", TYPE, "") means
TYPE must not fire at all, ("!", TYPE, word) that no TYPE trigger contains word.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

LIT = "LITIGATION_REGULATORY"
DEP = "EXECUTIVE_DEPARTURE"

CASES = [
    # EXECUTIVE_DEPARTURE recall: early retirement of an officer, 'departing', FinCausal 'exit as' / 'step back'
    ("Corvel Inc named Ann Lutz chief financial officer, replacing Hal Brice, who took early retirement.",
     [(DEP, "took", "actual")]),
    ("Dorn Industries said its executive vice president Ed Salas will take early retirement in July.",
     [(DEP, "take", "actual")]),
    ("Mara Velez will take over the reins from departing CEO Tom Grell next month.",
     [(DEP, "departing", "actual")]),
    ("Shares rose after the dramatic exit as CEO of the retailer's founder.", [(DEP, "exit as", "actual")]),
    ("The co-founder has decided to step back from his role as CEO and will stay non-executive chairman.",
     [(DEP, "step back from his role", "actual")]),
    # EXECUTIVE_DEPARTURE precision: staff taking an early-retirement offer, a trip, a product exit
    ("About 400 employees took early retirement under the voluntary program, the president said.", [("!", DEP, "")]),
    ("The chairman said the bank had opted for an early retirement scheme for clerks.", [("!", DEP, "")]),

    # LITIGATION_REGULATORY recall: settlements told by amount, regulator acronyms, charges past a long object,
    # licence revocation, orders referred back, a headline order against a party
    ("The company also reached an agreement in principle for a 4.5 mln dlr settlement of shareholder suits.",
     [(LIT, "settlement", "actual")]),
    ("Norvik will pay a $12.5M settlement and reimburse the funds.", [(LIT, "settlement", "actual")]),
    ("Critics asked about the $2 billion Caldera settlement at the briefing.", [(LIT, "settlement", "actual")]),
    ("The company said the settlement relates to violations alleged by state environmental officials.",
     [(LIT, "settlement", "actual")]),
    ("FERC SEEKS STAY OF GULF POWER <GPC> RULING", [(LIT, "RULING", "actual")]),
    ("Its top managers are under federal investigation, and one has been charged.",
     [(LIT, "investigation", "actual"), (LIT, "charged", "actual")]),
    ("ASIC and the AFP allege the group stole money from pension accounts.", [(LIT, "allege", "actual")]),
    ("Harlan Corp has charged a group of three Korean makers with violations of U.S. trade laws.",
     [(LIT, "charged", "actual")]),
    ("The station asked the commission to reverse a judge's decision to revoke all nine of the company's "
     "radio licenses.", [(LIT, "revoke", "actual")]),
    ("A federal judge sided with the union on Friday. The union said the order also prohibits the airline from "
     "closing the base.", [(LIT, "order", "actual")]),
    ("PILOTS GET ORDER AGAINST SKYWAY <SKY>\n\nA district judge barred Skyway Airlines from hiring replacement crews.",
     [(LIT, "ORDER AGAINST", "actual")]),
    # round 2: investigators' findings, wrongdoing stated as alleged
    ("The seniors get little benefit from the scheme, federal investigators say.",
     [(LIT, "investigators say", "actual")]),
    ("Garvin allegedly stole client data from the firm before the merger was announced.",
     [(LIT, "allegedly", "actual")]),
    ("Investigators said the new assay finds the virus in an hour, the clinical study showed.", [("!", LIT, "")]),
    ("Rebels allegedly stole the ballots before the election, the party said.", [("!", LIT, "")]),
    ("Sterling rose against the euro, with the pound following suit later in the day.", [("!", LIT, "")]),
    # round 3 (random actual records): a legislature's censure, settlement services, futures settled, replacement
    # financing, a retired military rank, coming out of retirement, a generic screen for cooked books
    ("The opposition needs two-thirds of the votes in congress to censure and oust the president.", [("!", LIT, "")]),
    ("Under the regulation the buyer must use a particular provider of a settlement service, the commission said.",
     [("!", LIT, "")]),
    ("Some 120 hog contracts were settled against the commission's average price in March.", [("!", LIT, "")]),
    ("The results include a provision for legal and settlement costs to cover the civil settlements announced today.",
     [(LIT, "settlement", "actual")]),
    ("Its chief executive said the company is confident it will obtain replacement financing.", [("!", DEP, "")]),
    ("Dexter Corp named two directors, the chairman of Acme Power and Ruth Lee, major general US Air Force retired.",
     [("!", DEP, "")]),
    ("Hale, who came out of retirement to run the bank, said he will retire as chairman in August.",
     [(DEP, "retire", "actual"), ("!", DEP, "retirement")]),
    ("The indicator was built to identify firms that were cooking the books.",
     [("RESTATEMENT", "cooking the books", "hypothetical")]),  # generic prose: a hypothetical mention
    ("The audit office underestimated the benefits and overstated the costs of the program, he said.",
     [("!", "RESTATEMENT", "")]),
    # a departure referred back next to the sentence that names the officers; not a call for a minister to quit
    ("Four directors of Venn Corp resigned on Friday. The four will consult for the company after their "
     "resignations, the company said.", [(DEP, "their resignations", "actual")]),
    ("The bank's chairman met the finance minister. Opposition leaders want his resignation, an aide said.",
     [("!", DEP, "")]),
    # LITIGATION_REGULATORY precision: vehicles that overturned, bodies charged with a task, probes as
    # instruments, complaint desks, a tax instituted, sales orders
    ("A driver was hurt when his truck overturned on the highway, police said.", [("!", LIT, "")]),
    ("The central bank, charged with supervision of the banks, issues its own bills.", [("!", LIT, "")]),
    ("The kit uses radioactive probes to detect the virus, the company said.", [("!", LIT, "")]),
    ("The agency is making changes to its complaint system, officials at the commission said.", [("!", LIT, "")]),
    ("The state commission expects an income tax being instituted by 1989.", [("!", LIT, "")]),
    ("ALSTEEL WINS ORDER FOR RAILS", [("!", LIT, "")]),
    ("The pension fund will pay a 40 mln dlr settlement to creditors under the bankruptcy plan.",
     [("!", LIT, "mln dlr settlement")]),
    ("The new order requires delivery of ten ships to the customer by 1990.", [("!", LIT, "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_legal7_rules(extract, text, expected):
    assert_events(extract(text), expected)
