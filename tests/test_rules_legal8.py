"""Legal and executive rules after the eighth (random) recall/precision audit of unannotated non-test stories
(LITIGATION_REGULATORY, EXECUTIVE_DEPARTURE): text -> the events expected (type, words in the trigger, status), with
the distractors that must not fire. Same row format as tests/test_event_rules.py: ("!", TYPE, "") means TYPE must
not fire at all, ("!", TYPE, word) that no TYPE trigger contains word.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

LIT = "LITIGATION_REGULATORY"
DEP = "EXECUTIVE_DEPARTURE"

CASES = [
    # an investigation "of the" matter is an investigation (exclude.litig.001 no longer hides it)
    ("Dorval Corp said it is cooperating with a Securities and Exchange Commission investigation of the trades.",
     [(LIT, "investigation", "actual")]),
    # rule 061: the charges, the complaint, prosecutors speaking
    ("Managers at the carmaker misled investors about the emissions problem for months, the charges say.",
     [(LIT, "charges", "actual")]),
    ("Kessel Bank helped draft the false tax papers, the prosecutor said on Tuesday.",
     [(LIT, "prosecutor", "actual")]),
    ("Federal prosecutors said the broker hid the cash deposits from the bank's auditors.",
     [(LIT, "prosecutors", "actual")]),
    ("The company took after-tax charges of 12 mln dlrs in the quarter, the company said.", [("!", LIT, "")]),
    # rule 062: a ruling, verdict, complaint or charges referred back near the court or suit
    ("A state appeals court ruled for the insurer last week. The ruling lets the insurer seek documents "
     "from its reinsurers.", [(LIT, "ruled", "actual"), (LIT, "The ruling", "actual")]),
    ("Ardent Inc said it was sued by a former distributor. Ardent said the complaint is without merit.",
     [(LIT, "sued", "actual"), (LIT, "the complaint", "actual")]),
    ("Customers sent hundreds of letters to the utility. The complaint was about higher rates, it said.",
     [("!", LIT, "")]),
    # rule 063: a court or judge acting with words between
    ("A judge in Chicago granted the lenders the right to seize the plant.", [(LIT, "granted", "actual")]),
    ("The judge did dismiss the claim that the bonus wasted company assets.", [(LIT, "dismiss", "actual")]),
    ("The court in Dallas will not hear the appeal until June.", [("!", LIT, "granted")]),
    ("The judges of the wine fair awarded the estate a gold medal.", [("!", LIT, "")]),
    # rule 064: a case lost or won, named public inquiries
    ("The insurer lost its case against the state tax office in the high court.",
     [(LIT, "lost its case", "actual")]),
    ("The federal inquiry examined whether the lobbying laws had been broken.",
     [(LIT, "federal inquiry", "actual")]),
    # rule 065: cited for violations; rule 066: sanctions on companies
    ("The county cited the landlord three times for building code violations.", [(LIT, "cited", "actual")]),
    ("The Treasury said it was imposing sanctions on four shipping firms that carried the oil.",
     [(LIT, "imposing sanctions on", "actual")]),
    ("The United States imposed sanctions against Japan in the chip dispute.", [("!", LIT, "sanctions")]),
    # exclusions: anti-money-laundering rules, a metaphorical indictment, fee charges, arresting a trend
    ("Custodians must follow strict anti-money laundering (AML) and know-your-customer rules.", [("!", LIT, "")]),
    ("It is an indictment of the legal system that the company had to seek protection, he said.",
     [("!", LIT, "")]),
    ("Here is a look at the bank's prime charges in contrast with those of two online banks.", [("!", LIT, "")]),
    ("The minister said the budget must pass soon to arrest a rapid appreciation of the yen.", [("!", LIT, "")]),
    # EXECUTIVE_DEPARTURE rule 013: a resignation referred back
    ("Corlan Inc said president Ed Marsh resigned. The company gave no reason for the resignation.",
     [(DEP, "resigned", "actual"), (DEP, "the resignation", "actual")]),
    ("Pell Corp said two members of its board resigned. Pell does not plan to fill the seats left by their "
     "resignations.", [(DEP, "resigned", "actual"), (DEP, "their resignations", "actual")]),
    ("The prime minister met union leaders. Protesters demanded the resignation of the government.",
     [("!", DEP, "")]),
    # round 2 (keyword sample): an offence alleged past a subject (067), how a case shows without the usual words
    # (068), a hearing set in a case (069), a consent decree referred back (070), 'ruling' that governs, appeal as
    # attractiveness, investigation services and litigation job titles
    ("Norland has alleged the distributor violated the supply contract when it sold the parts abroad.",
     [(LIT, "alleged", "actual")]),
    ("The Treasury paid 30 mln dlrs to the shipyard between 1980 and 1984, court papers said.",
     [(LIT, "court papers", "actual")]),
    ("Halvex said it received a regulatory letter from the Food and Drug Administration about its labels.",
     [(LIT, "regulatory letter", "actual")]),
    ("The agency filed a friend of the court brief in the appeal.", [(LIT, "friend of the court", "actual")]),
    ("Three traders at the firm were named as unindicted co-conspirators in the price-fixing trial.",
     [(LIT, "co-conspirators", "actual")]),
    ("The SEC filed a civil complaint against the two brokers on Friday. A hearing is set for May 4.",
     [(LIT, "hearing is set", "actual")]),
    ("The Justice Department asked the company to sign a consent decree. The board said it would sign the decree "
     "next week.", [(LIT, "the decree", "actual")]),
    ("The decree named the head of the state oil company as the new oil minister.", [("!", LIT, "")]),
    ("The council will resume operating as the ruling body of trade policy, the court was told.",
     [("!", LIT, "ruling")]),
    ("The weaker data reduced the yen's appeal as a safe-haven asset.", [("!", LIT, "")]),
    ("Analysts said the loss improves the appeal of a debt accord with the banks.", [("!", LIT, "")]),
    ("The unit provides investigation, uniformed guard and armoured car services to banks.", [("!", LIT, "")]),
    ("Delman was deputy assistant attorney general for litigation in the antitrust division.", [("!", LIT, "")]),
    ("GREECE ACCUSES TURKEY OF AIR SPACE INFRINGEMENTS", [("!", LIT, "")]),

    # round 3: courtroom steps (072) and headline/participle forms of a court acting (015)
    ("The court had on Monday sent the broker to judicial custody till May 2.", [(LIT, "judicial custody", "actual")]),
    ("The two banks decided to press their claims in the court.", [(LIT, "claims in the court", "actual")]),
    ("The investor group was to go to court on April 3 to block the share issue.", [(LIT, "go to court", "actual")]),
    ("The Appellate Court set aside the royalty rate as arbitrary.", [(LIT, "Court set aside", "actual")]),
    ("EU COURT BACKS TAX RULING AGAINST CARMAKER", [(LIT, "COURT BACKS", "actual")]),
    ("It has paid no dividend since an adverse decision by the state Supreme Court denying recovery of its costs.",
     [(LIT, "Court denying", "actual")]),
    ("The company set aside 20 mln dlrs for the plant closing.", [("!", LIT, "")]),
    ("The Chapter 11 company said it would go to court for approval of the sale, creditors said.",
     [("!", LIT, "")]),
    # round 4 (random seed 825): a settlement referred back (073), hearings (010), prison, filed in court, charged
    # violations (067)
    ("The state attorney general sued the chemical maker last year. Dunlap will pay 12 mln dlrs in the settlement.",
     [(LIT, "the settlement", "actual")]),
    ("The company sued its former lender in 1986. To reflect the settlement, it revised its fourth quarter earnings.",
     [("!", LIT, "the settlement")]),
    ("The court clerks union and the state reached a settlement on wages after the strike, officials said.",
     [("!", LIT, "")]),
    ("A former officer of the savings bank was ordered sent to prison for his part in its collapse.",
     [(LIT, "sent to prison", "actual")]),
    ("The papers filed in court by the liquidator list the directors of the company.",
     [(LIT, "filed in court", "actual")]),
    ("It also charged the thrift had violated federal rules on loans to insiders.", [(LIT, "charged", "actual")]),
    ("Hearings in a state court were delayed until Monday.", [(LIT, "Hearings", "actual")]),
    # EXECUTIVE_DEPARTURE precision: the Federal Reserve's chairman is a public official
    ("The bank believes the economist was a sound choice to replace retiring Federal Reserve Chairman Paul Volcker.",
     [("!", DEP, "")]),
    # an inquiry or fine referred back; the fine print is no fine
    ("The NRC proposed a 90,000 dlr penalty on the utility. The two violations for which the fine was proposed "
     "occurred last year.", [(LIT, "the fine", "actual")]),
    ("Investors should read the fine print before buying the notes, the regulator said.", [("!", LIT, "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_legal8_rules(extract, text, expected):
    assert_events(extract(text), expected)
