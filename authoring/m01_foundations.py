"""Module 1: Foundations: what power imbalance is.

The pilot module that the other nine follow. It names the five aspects of the power
imbalance between social worker and client (knowledge and expertise, access to resources,
decision authority, dependency, professional boundaries and role) and says why the
imbalance matters for ethics and for outcomes. Frameworks: power-over and power-with
(Follett, 1924), the five bases of social power (French & Raven, 1959), power in social
work practice (Hasenfeld, 1987), and the NASW core values.

Case: Marisol Reyes's intake with Jordan Lee at Harbor Family Shelter, told as seven
numbered moments that the exercises refer back to. A second, short case (Ruth Feldman and
a county care manager) gives the practice power map a different setting.

Graded (10 points): q1 categorize (2), q2 select-all (1.5), q3 power map (2), q4 rank (1.5),
q5 scenario (2), q6 choice (1). Reflection: 5 points, four criteria.
"""

from ._builder import Module, exercise, md, reflection, setup

SLUG = "m01-foundations"

# --- shared names -----------------------------------------------------------------------
ASPECTS = [
    "Knowledge and expertise",
    "Access to resources",
    "Decision authority",
    "Dependency",
    "Professional boundaries and role",
]
BASES = ["Reward power", "Coercive power", "Legitimate power", "Referent power", "Expert power"]

# --- graded q5: the intake, played again as Jordan ------------------------------------------
# Best path: start -> forms -> car -> room -> close -> end-partners (five key steps).
# Weaker choices mostly go on to the next step with a cost the student can see; pressing
# Marisol at the "car" step ends the intake early, so later key steps are lost.
INTAKE_STEPS = {
    "start": {
        "text": (
            "It is 4:35 on a Thursday. Marisol sits across the desk from you, with Lucía and Mateo beside her. "
            "Mateo says he is hungry. You have a nine-page intake packet, and two more families are waiting. "
            "How do you open?"
        ),
        "choices": [
            {
                "id": "open-role",
                "label": "Say who you are and what you can decide tonight, then ask what the kids need now.",
                "consequence": "Marisol asks if Mateo can have a snack. You bring crackers from the kitchen. "
                               "Her shoulders drop a little, and she says, \"Okay. What do you need from me?\"",
                "next": "forms",
            },
            {
                "id": "open-forms",
                "label": "Start on the packet right away, so you finish before the kitchen closes.",
                "consequence": "You move fast, and Marisol answers in as few words as she can. She keeps one eye "
                               "on Mateo, who is getting louder. No one has told her yet what any of this is for.",
                "next": "forms",
            },
            {
                "id": "open-promise",
                "label": "Say, \"You're safe now. Whatever you need, I'll make it happen.\"",
                "consequence": "Marisol looks relieved. But you cannot keep that promise: the rules, the waitlists "
                               "and the number of open rooms are not yours to change. When the rules come up "
                               "later, she will remember what you said.",
                "next": "forms",
            },
        ],
    },
    "forms": {
        "text": (
            "Page 3 is a release of information. If Marisol signs it, Harbor can share her details with the "
            "county's housing system and other agencies. Harbor does not require it for a bed, but it can speed "
            "up housing referrals. Marisol picks up the pen to sign every page without reading."
        ),
        "choices": [
            {
                "id": "forms-explain",
                "label": "Explain each form in plain words, say which are optional, and offer Spanish.",
                "consequence": "She takes the release in Spanish, reads it, and signs it. She asks you to leave "
                               "one agency off the list until she knows more about it. She now knows what she "
                               "agreed to, and that some of it was her choice.",
                "next": "car",
            },
            {
                "id": "forms-sign",
                "label": "Let her sign. She is exhausted, and these forms are standard.",
                "consequence": "She signs everything in two minutes. She has agreed to share her details with "
                               "agencies she has never heard of, and she does not know she could have said no.",
                "next": "car",
            },
            {
                "id": "forms-read",
                "label": "Read every page aloud, word for word, so that nothing is hidden.",
                "consequence": "By page 4 Mateo is crying, and Marisol has stopped following the legal wording. "
                               "She signs the rest to get it over with. Reading a form aloud is not the same as "
                               "explaining it.",
                "next": "car",
            },
        ],
    },
    "car": {
        "text": (
            "The needs form asks where the children slept last week. Marisol goes quiet, glances at Lucía, and "
            "says, \"With a friend.\" You sense there is more. You are a mandated reporter, and she may know it."
        ),
        "choices": [
            {
                "id": "car-explain",
                "label": "Name the pause, say what you would and would not report, and let her choose.",
                "consequence": "You explain that Harbor exists for families who have lost their homes, and what "
                               "kind of worry would lead you to call. After a moment she says they slept in her "
                               "car for two nights, and that Mateo's asthma inhaler ran out there. You book a "
                               "clinic visit for the morning: the most useful thing you learn all day.",
                "next": "room",
            },
            {
                "id": "car-promise",
                "label": "Say, \"Nothing you say here leaves this room.\"",
                "consequence": "She tells you about the car and the inhaler. But the promise was not true: you "
                               "are a mandated reporter, and the house rules she takes upstairs say so. When she "
                               "reads them tonight, she wonders what else you told her that was not true.",
                "next": "room",
            },
            {
                "id": "car-press",
                "label": "Say the intake can't be finished until every question has a full answer.",
                "consequence": "Marisol's face closes. She says they will be fine at her friend's place after "
                               "all, gathers the children, and leaves. You write \"Client declined services.\"",
                "next": "end-left",
            },
        ],
    },
    "room": {
        "text": (
            "Two rooms are open tonight: one on the third floor by the back stairs, and one on the ground floor "
            "beside the staff desk. Harbor's policy says staff assign rooms."
        ),
        "choices": [
            {
                "id": "room-choice",
                "label": "Describe both rooms, say the final call is yours, and ask which suits her.",
                "consequence": "She picks the ground-floor room because it is near the bathroom and Mateo wakes "
                               "at night. You had guessed the other one. Her answer tells you something about her "
                               "children that no form asked.",
                "next": "close",
            },
            {
                "id": "room-assign",
                "label": "Put the family by the staff desk, so staff can keep an eye on them.",
                "consequence": "The room is fine, but the reason is watching her. Marisol soon notices staff "
                               "glancing in each time they pass. She starts to feel watched, and over the next "
                               "days she tells you less.",
                "next": "close",
            },
            {
                "id": "room-bargain",
                "label": "Offer the quieter room if she agrees to join the parenting group.",
                "consequence": "She agrees at once. It feels like a favor, but you have tied a bed to a group she "
                               "did not ask for. She will go because she feels she has to, not because she "
                               "wants to.",
                "next": "close",
            },
        ],
    },
    "close": {
        "text": (
            "It is 5:20. Your note is on the screen. Among other things it says the family \"lacks support.\" "
            "Marisol is gathering the children's things."
        ),
        "choices": [
            {
                "id": "close-read",
                "label": "Go over your note with her, fix what she corrects, and set a time for tomorrow.",
                "consequence": "She corrects one thing: her sister calls every night, and her church has offered "
                               "to help with the move. You change \"lacks support\" to name them. She leaves "
                               "knowing what the record says and when she will see you next.",
                "next": "end-partners",
            },
            {
                "id": "close-save",
                "label": "Save the note and tell her you will see her at next week's case meeting.",
                "consequence": "The note is filed as it is. Marisol never sees it, and no one asks her whether it "
                               "is right. The next worker will read that her family lacks support.",
                "next": "end-routine",
            },
            {
                "id": "close-phone",
                "label": "Give her your personal cell number so she can reach you any time.",
                "consequence": "She is grateful. By Sunday she has texted you four times late at night, and you "
                               "feel you cannot ignore the messages. She has learned to lean on you rather than "
                               "on the night staff, who are there for exactly that.",
                "next": "end-blurred",
            },
        ],
    },
    "end-partners": {
        "text": (
            "The intake is over, and Marisol knows where she stands. The imbalance has not gone away: you still "
            "hold the keys, the rules and the record. But she could see how you used them, and where she could, "
            "she had a say. That is power-with."
        ),
    },
    "end-routine": {
        "text": (
            "The intake finishes on time, and nothing went wrong that anyone would notice. But the record now "
            "speaks for Marisol without her, and she leaves with the same questions she came in with."
        ),
    },
    "end-blurred": {
        "text": (
            "Your kindness was real, but the boundary protected you both. Within a week you are worn out, and "
            "Marisol depends on one person instead of a program. It is time to ask your supervisor how to step "
            "back without letting her down."
        ),
    },
    "end-left": {
        "text": (
            "The family spends another night in the car. Your note says the client declined services, and the "
            "next worker who reads it may see her as difficult. The push to finish the form cost the family a bed "
            "and cost you the chance to help."
        ),
    },
}

# --- practice p1: (moment, aspect, why), shown in this order ------------------------------------
P1 = [
    ("The friend's couch is gone, and no other shelter in town has room.", "Dependency",
     "This is about her options, not about anything Jordan does. With nowhere else to go, the family depends on "
     "Harbor, and that gives every word from Jordan more weight."),
    ("Marisol does not know that the county and the city keep separate housing lists.", "Knowledge and expertise",
     "This is a gap in knowing how the system works. Jordan knows the lists; Marisol cannot ask to join a list "
     "she has never heard of. The fix here is simple: tell her."),
    ("Jordan writes that Marisol \"seemed guarded.\" No one asks how she would describe herself.",
     "Professional boundaries and role",
     "The role gives Jordan the pen: the worker writes the record, and the client is written about. This is "
     "not an official decision, but it shapes how every later reader will see her."),
    ("Only Jordan can open a referral for a housing voucher.", "Access to resources",
     "The voucher is something Marisol needs, and Jordan stands at the door to it. That is access to resources, "
     "even though the program's rules were written by someone else."),
    ("Jordan must decide whether Marisol's late return on Friday counts as a missed curfew.", "Decision authority",
     "This is an official judgment about her, made by Jordan under the rules, with real effects on her stay. "
     "That is decision authority. Jordan could still hear her side before deciding."),
]

# --- practice choices: (option, why it is right or wrong); the key is named where used ---------
P2 = [
    ("Yes. Her belief that Jordan could act is enough to shape her answer.",
     "French and Raven tie each base to the other person's beliefs. Marisol believes a report could follow, so "
     "she guards her answer. Jordan's intentions do not change that; only honest talk about what Jordan would "
     "and would not report can."),
    ("No. Jordan made no threat, so there is no coercive power in the room.",
     "A spoken threat is not needed. Marisol knows, or suspects, that Jordan could set a report in motion, and "
     "that belief is enough to shape what she says."),
    ("No. It is expert power: Jordan knows the child-welfare rules, and she does not.",
     "Jordan does know more about the rules, but expertise is not what makes Marisol hold back. She is not "
     "following Jordan's advice; she is protecting her family from a feared penalty."),
    ("Not yet. Coercive power only starts if Jordan actually makes a report.",
     "Power works before it is used. The possibility of a report is already changing what Marisol tells Jordan, "
     "and so what Jordan can learn and do for the family."),
]
P3 = [
    ("\"I drafted three goals for you: the county list, a budgeting class, savings. Sign here?\"",
     "The goals may be sensible, but Jordan chose them and Marisol is asked only to sign. That is power-over "
     "made to look efficient. A plan she did not shape is a plan she may not own."),
    ("\"Tell me your goals, I'll say what Harbor can offer, and we'll write the plan together.\"",
     "Marisol's goals come first, Jordan is open about what Harbor can and cannot do, and the plan is built "
     "together. Jordan keeps their knowledge in the room and uses it for her aims. That is power-with."),
    ("\"This is your plan, so it's all up to you. Let me know what you decide.\"",
     "It sounds respectful, but it leaves Marisol alone with a system she does not know yet. Jordan's knowledge "
     "of lists, programs and rules is exactly what she needs to choose well."),
    ("\"Most families here use the same three goals, so let's start with those.\"",
     "A standard plan treats Marisol as one of many rather than as the expert on her own family. It also misses "
     "what is different about her family, such as her evening shifts."),
]
P5 = [
    ("She answered what she was asked, and no one asked about her strengths.",
     "The intake asked about problems, not strengths, and Marisol had no reason to think a co-signer mattered to "
     "a shelter. The worker's control of the questions shaped what was learned. Asking about her resources, and "
     "saying why, would have brought it out."),
    ("She may be hiding income, so her eligibility should be checked again.",
     "A sister's offer to co-sign is not income, and treating it as a red flag turns a strength into suspicion. "
     "Responses like this teach clients that telling the worker more is risky."),
    ("The offer does not matter until she finds an apartment, so leaving it out was fine.",
     "It matters now: a co-signer changes which apartments she can apply for and how the housing plan should be "
     "built. Missing it makes the plan weaker."),
    ("She is a private person, and nothing Jordan did could have changed that.",
     "This puts the whole gap on Marisol. What a client shares depends a great deal on what the worker asks, "
     "explains and makes safe, and that part is in Jordan's hands."),
]

# --- graded q1: bases of power (items shown in this order; categories from BASES) ------------
Q1_KEY = {
    "Marisol signs the house rules without a question: setting rules is what shelter staff do.":
        "Legitimate power",
    "Marisol rushes back for curfew, knowing that missed curfews can put the family's stay at risk.":
        "Coercive power",
    "Jordan says the county list is moving faster this month, so Marisol applies there first.": "Expert power",
    "Marisol stays late to finish the intake after Jordan says it could mean a voucher this week.":
        "Reward power",
    "Marisol doesn't mention that Lucía missed a week of school, in case it counts against them.":
        "Coercive power",
    "Wanting to be as steady as Jordan, whom she admires, Marisol tries Jordan's bedtime tip.": "Referent power",
}

# --- graded q2: moves that share power (four apply, four only look kind) -----------------------
Q2_OPTIONS = [
    "Offer to read back the main points of the notes, and fix what she says is wrong",
    "Skip the house rules tonight, so she does not feel judged on her first evening",
    "Before asking where the children slept, say plainly what Jordan would and would not report",
    "Tell her, \"Don't worry, I'm on your side, so you can tell me anything\"",
    "Ask which language she would like for each form",
    "Fill in her housing goals for her, since she is too tired to think about them tonight",
    "Tell her how to appeal a staff decision she thinks is unfair",
    "Give her Jordan's personal phone number, so she never feels alone",
]
Q2_KEY = [Q2_OPTIONS[0], Q2_OPTIONS[2], Q2_OPTIONS[4], Q2_OPTIONS[6]]

# --- graded q3: power map of the intake (0 = Marisol holds it, 10 = Jordan holds it) ----------
Q3_KEY = {
    "Knowledge of the shelter system": (8, 10),
    "Control of beds and services": (7, 10),
    "Information about the other person": (8, 10),
    "Freedom to walk away": (8, 10),
    "Knowledge of the family's own needs": (0, 3),
}
Q3_ANSWER = {
    "Knowledge of the shelter system": 9,
    "Control of beds and services": 9,
    "Information about the other person": 9,
    "Freedom to walk away": 9,
    "Knowledge of the family's own needs": 1,
}

# --- graded q4: ways to explain the curfew, most power-with first ------------------------------
Q4_KEY = [
    "Explains why it exists and how to get a work exception, then asks what is hard",
    "Explains the rule and what a missed curfew means, then hands her the sheet",
    "Hands her the rule sheet and asks her to sign that she has read it",
    "Says, \"Curfew is nine. Rules are rules.\"",
    "Says, \"Miss it a few times and I'll wonder if Harbor is right for you.\"",
]
Q4_SHOWN = [Q4_KEY[2], Q4_KEY[4], Q4_KEY[0], Q4_KEY[3], Q4_KEY[1]]

# --- graded q5: the best path through INTAKE_STEPS ---------------------------------------------
Q5_KEY = {
    "start": "open-role",
    "forms": "forms-explain",
    "car": "car-explain",
    "room": "room-choice",
    "close": "close-read",
}

# --- graded q6: "noncompliance" at a staff meeting -----------------------------------------------
Q6_OPTIONS = [
    "\"Should we give her a written warning, so she knows the rules apply to everyone?\"",
    "\"Did she choose this group, and does its time fit her shifts and the kids' bedtime?\"",
    "\"Could we make the group a condition of her stay, so she takes it seriously?\"",
    "\"Is it time to refer her to a program that suits her better?\"",
]
Q6_KEY = Q6_OPTIONS[1]

MODULE = Module(
    slug=SLUG,
    title="Foundations: what power imbalance is",
    minutes=60,
    cswe=[1, 6],
    nasw=["1.01", "1.02", "1.07"],
    cells=[
        # ================================================================== opening
        md("""
            # Module 1: Foundations: what power imbalance is

            *About 60 minutes.* When someone asks a social worker for help, the two do not meet as equals. The
            worker knows the system, holds the keys to what the person needs, and writes the record. The person
            often arrives in a crisis, with few other places to turn. In this module you follow one intake at a
            family shelter, sort its moments with two classic ideas about power, map where power sits, and
            practise turning power-over into power-with. The gap cannot be wished away, but it can be used
            openly and well.
        """),
        setup(SLUG),
        md("""
            ## Learning objectives

            By the end of this module you will be able to:

            - Identify the five aspects of the power imbalance (knowledge, resources, decision authority,
              dependency, and the professional role) in an intake.
            - Apply French and Raven's five bases of social power to a worker's words and actions.
            - Distinguish power-over from power-with, and choose responses that share power without pretending
              it away.
            - Analyze where power sits in a helping relationship by drawing a power map.
            - Explain why the imbalance matters for ethics and for outcomes, using the NASW core values.
        """),
        md("""
            ## Competencies

            **CSWE Educational Policy and Accreditation Standards (2022)**

            - **Competency 1: Demonstrate Ethical and Professional Behavior.** You examine the power your role
              gives you, since using it ethically starts with seeing it.
            - **Competency 6: Engage with Individuals, Families, Groups, Organizations, and Communities.** You
              practise a first meeting that builds trust by sharing information, choices and the record.

            **NASW Code of Ethics (2021)**

            - **1.01 Commitment to Clients.** You keep the client's well-being at the center, and say when a
              legal duty, such as reporting, could come first.
            - **1.02 Self-Determination.** You look for the choices a client can make, even inside strict rules.
            - **1.07 Privacy and Confidentiality.** You tell a client honestly what you must report before you
              ask what you need to know.
        """),
        md("""
            ## How to work through this module

            Read the sections in order: each one builds on the same case.

            - **Run all the cells first.** Choose *Run → Run All Cells* in the menu, and the exercises appear.
            - **Practice exercises** tell you at once whether your answer works, and why. They do not count
              toward your grade, so try them as often as you like.
            - **Graded exercises** only save your answer; your instructor scores them later. The line under each
              one says whether your answer is saved.
            - **Your answers save themselves** in a file next to this notebook, so you can stop and come back.
        """),
        # ================================================================== what power is
        md("""
            ## What power means in a helping relationship

            In this course, **power** means the ability to shape what happens to another person. That includes
            what they receive, what they may do, and what is written down about them. Power is not only force
            or threats. Most of the time it is quiet: a form, a rule, a waitlist, a decision at a desk.

            Both people in a helping relationship hold some power, but rarely the same amount. A **power
            imbalance** is the gap between how much the worker can shape the work and how much the client can.
            In social work, that gap comes with the job. It is there before either person says a word.
        """),
        md("""
            The social work scholar Yeheskel Hasenfeld argued that power is a central part of practice, not a
            side issue (Hasenfeld, 1987). Much of a worker's power, he argued, comes from the agency behind
            them. The agency controls things that clients need. The fewer other places a client can turn for
            those things, the more power sits on the worker's side of the desk.

            So a kind worker still holds power, and good intentions do not close the gap. What a worker can
            choose is how to use it: openly or quietly, for the client's aims or for the system's convenience.
        """),
        # ================================================================== the case
        md("""
            ## Case: Marisol Reyes at Harbor Family Shelter

            Marisol Reyes is 34. She lives with her two children, Lucía, who is 9, and Mateo, who is 4. Last
            month their building was sold, the new owner raised the rent, and Marisol could not keep up. After
            the eviction, the family spent two nights in her car and three on a friend's couch. Marisol works
            part-time as a pharmacy cashier, sometimes until 8:30 at night. She speaks Spanish and English. A
            hotline gave her the address of Harbor Family Shelter.

            Jordan Lee (they/them) does her intake. An **intake** is the first meeting, where a worker gathers
            information and a person enters a program. Jordan has a master's degree in social work and three
            years of practice at Harbor. Jordan is warm, careful and busy: it is 4:30 on a Thursday, and two
            more families are waiting. Here are seven moments from their conversation.
        """),
        md("""
            **1. The packet.** Jordan hands over nine pages: the house rules, a needs form, and a release of
            information. A **release of information** is a form that lets an agency share a person's details
            with other agencies. Jordan knows what each page does and which ones Harbor requires for a bed. To
            Marisol, it is a stack of paper. Jordan asks which language she prefers. She reads the release in
            Spanish and talks with Jordan in English.

            **2. The rules.** Families must be in by 9 p.m. and meet their caseworker weekly. Staff may approve
            an exception to the curfew for work. Jordan did not write these rules, but Jordan explains them,
            applies them, and decides on exceptions.

            **3. The question.** The needs form asks where the children slept last week. Marisol pauses, then
            says, "With a friend." She leaves out the car. Like most people in helping jobs, Jordan is a
            **mandated reporter**: the law requires them to report a reasonable suspicion that a child is being
            abused or neglected. Jordan has no plan to call anyone. Marisol has no way to know that.

            **4. The notes.** While Marisol talks, Jordan types. She cannot see the screen. The notes will
            follow the family to the next worker, the housing program, perhaps one day a court. Marisol will not
            see them unless she asks, and no one has told her she can.
        """),
        md("""
            **5. The room.** Two rooms are open tonight. Harbor's policy says staff assign rooms, so Jordan will
            choose.

            **6. Marisol's question.** Near the end, Marisol asks, "Do you have kids?" Jordan smiles and steers
            back to the form. By now Jordan knows her income, her work hours, her children's schools and where
            she has lived. Marisol knows Jordan's first name.

            **7. Half past five.** When the intake ends, Jordan will finish the notes and go home. Marisol and the
            children will stay. If the meeting goes badly, Jordan can end it and move on. Marisol has nowhere
            else to go tonight.

            None of this makes Jordan a bad worker. Jordan follows the rules, offers the Spanish form, and keeps
            a kind tone. That is the point. The imbalance is not a flaw in Jordan. It is part of the role, and it
            shapes every moment, noticed or not.
        """),
        # ================================================================== five aspects
        md("""
            ## The five aspects of the imbalance

            The gap between Jordan and Marisol has five parts. Each one shows up in the case.

            **Knowledge and expertise.** The worker knows how the system works: its forms, rules, waitlists and
            words. The client is often learning it for the first time, in a crisis. In moment 1, Jordan knows
            which pages matter; Marisol has to trust that what she signs is fair.

            **Access to resources.** The worker can open or close doors to things the client needs, such as a
            bed, a housing voucher, a referral or a bus pass. Even when the agency sets the rules, the worker is
            the one standing at the door. In moment 5, Jordan holds the keys to both rooms.

            **Decision authority.** The worker can make official decisions about the client's life: who
            qualifies, which exceptions are granted, what goes in a report. In moment 2, Jordan decides whether
            Marisol's late shifts earn an exception to the curfew. In moment 3, Jordan's duty to report gives
            every answer extra weight.
        """),
        md("""
            **Dependency.** The client needs what the worker can give and often has no other place to get it. The
            worker does not need the client in the same way. In moment 7, Jordan can go home; Marisol cannot go
            anywhere else. Dependency is about options, and Marisol's options are few.

            **Professional boundaries and role.** The job sets the terms of the relationship. The worker sets
            the time, the place and the topics, asks the questions, and writes the record. Boundaries protect
            clients, but they also mean the relationship runs one way. In moment 6, Jordan has learned a great
            deal about Marisol, and Marisol almost nothing about Jordan. In moment 4, only Jordan writes the
            story.

            These aspects overlap: a voucher is a resource, the decision to refer is authority, and knowing it
            exists is expertise. Naming the parts helps you see which ones you can narrow.
        """),
        exercise(
            "categorize", "m01.p1",
            prompt="Each moment below comes from Marisol's first days at Harbor. Which aspect of the imbalance "
                   "does each one show most clearly?",
            items=[item for item, _, _ in P1],
            categories=ASPECTS,
            key={item: aspect for item, aspect, _ in P1},
            feedback={item: why for item, _, why in P1},
        ),
        # ================================================================== bases of power
        md("""
            ## Where power comes from: five bases

            The five aspects describe *where* the gap lies. A second question is *why* people go along with
            someone who holds power. The social psychologists John French and Bertram Raven answered with five
            **bases of social power** (French & Raven, 1959).

            - **Reward power** rests on the belief that someone can give you something you want, such as a bus
              pass, a grocery card or a good reference.
            - **Coercive power** rests on the belief that someone can punish you or take something away, as a
              probation officer can report a missed meeting.
            - **Legitimate power** rests on the belief that someone has the right to tell you what to do. A
              patient answers a nurse's questions because that is the nurse's job.
            - **Referent power** rests on liking, admiring or identifying with someone. A teenager takes a youth
              worker's advice because she looks up to him.
            - **Expert power** rests on the belief that someone knows more than you do about the matter at hand,
              as when a parent files the school form a worker says is the right one.
        """),
        md("""
            One detail in French and Raven's account matters a great deal for practice. Each base rests on what
            the *other* person believes. Jordan made no threat in moment 3 and has no plan to call child
            welfare. Yet coercive power still shaped Marisol's answer, because she believed a report could
            follow. A worker can hold power they never meant to use.

            The bases often work together: Jordan's job, the beds and the duty to report bring legitimate, reward
            and coercive power at once. Past experience matters too. A parent once treated harshly by a
            caseworker may hear a threat in every question the next one asks.
        """),
        exercise(
            "choice", "m01.p2",
            prompt="Jordan has no plan to call child welfare. When Marisol says \"With a friend\" and leaves out "
                   "the car, is Jordan's coercive power at work?",
            options=[option for option, _ in P2],
            key=P2[0][0],
            feedback=dict(P2),
        ),
        # ================================================================== power-over / power-with
        md("""
            ## Power-over and power-with

            Mary Parker Follett, an early writer on community groups and organizations, drew a distinction that
            is still useful (Follett, 1924). **Power-over** is power one party uses to control another.
            **Power-with** is power that people build together, so that both have more say in what happens.
            Follett held that power-with can grow without anyone having to lose.

            In social work, power-with does not mean acting as if the imbalance were gone: Jordan cannot give
            away the duty to report or the keys to the rooms. It means using power in the open, and sharing what
            can be shared:

            - **Information.** Explain the forms, the rules, and what happens to the notes.
            - **Choices.** Offer real options inside the rules, and say plainly where the rules end.
            - **Decisions.** Ask what the client wants before you decide, and say how the decision was made.
            - **The record.** Read notes back, and fix what the client says is wrong.
        """),
        md("""
            Two mistakes look like power-with but are not. The first is **pretending**: "We're just two people
            talking," or "Nothing you say leaves this room." These words hide power instead of sharing it, and
            the client learns the truth later. The second is **leaving the client alone**:
            "It's all up to you." A client who must decide without the worker's knowledge is still on the short
            side of the knowledge gap.

            Power-over is not always wrong. Sometimes a worker must act against a client's wishes, for example to
            protect a child from harm. Even then, the worker can say what they are doing and why.
        """),
        exercise(
            "choice", "m01.p3",
            prompt="The next morning, Jordan and Marisol meet to write the family's housing plan. Which opening "
                   "is power-with?",
            options=[option for option, _ in P3],
            key=P3[1][0],
            feedback=dict(P3),
        ),
        # ================================================================== power maps
        md("""
            ## Mapping where power sits

            A **power map** is a simple picture of a relationship at one moment. For each dimension of power, you
            place a marker from 0 (the client holds it) through 5 (shared evenly) to 10 (the worker holds it).
            Save the ends for power that truly sits with one person.

            A map is not a measurement but a way to slow down and look. It shows that power is not one number: a
            client may have little say over services but know far more about their own life. It also shows which
            parts could move. Explaining a rule moves knowledge toward the middle, but no words can give a family
            somewhere else to sleep.

            Setting matters too, so try the map on a different relationship first. **Ruth Feldman**, 81, has
            rented the same apartment for forty years. Her eyesight is failing, and cooking has become hard. She
            called the county aging office herself to ask for help. A care manager, Beth Morgan, visits her at
            home to see whether she qualifies for delivered meals and a few hours of home care. Beth knows the
            programs and who qualifies, and her assessment will decide Ruth's hours. Ruth chooses where they sit,
            can end the visit at any time, and can say no to any service.
        """),
        exercise(
            "power-map", "m01.p4",
            prompt="Map where power sits during Beth's first visit to Ruth. Move each slider, or press the save "
                   "button, and read the feedback.",
            dimensions=[
                "Knowledge of the service system",
                "Control of services",
                "Control of the setting",
                "Freedom to say no",
            ],
            case="Ruth Feldman's home visit",
            key={
                "Knowledge of the service system": (7, 10),
                "Control of services": (6, 8),
                "Control of the setting": (0, 3),
                "Freedom to say no": (1, 4),
            },
            feedback={
                "Knowledge of the service system":
                    "Beth knows the programs, the rules and the waitlists; Ruth knew only where to call. The "
                    "worker holds most of this knowledge.",
                "Control of services":
                    "Beth's assessment decides the hours, which puts most of this with the worker. But Ruth asked "
                    "for the help and can refuse it, so a pure 10 overstates Beth's hold.",
                "Control of the setting":
                    "It is Ruth's home. She decides where they sit and when the visit ends, so this sits on the "
                    "client's side. Compare an office, where the worker sets the scene.",
                "Freedom to say no":
                    "Ruth can turn down any service and still have her home. She does need help with meals, so "
                    "saying no has a cost, but this power leans toward her.",
            },
        ),
        # ================================================================== why it matters
        md("""
            ## Why the imbalance matters

            The imbalance matters for two reasons: ethics and outcomes.

            **Ethics.** The NASW Code of Ethics (2021) names six core values, and each one speaks to power.

            - **Service.** The worker's power exists to help people in need, not to keep the system smooth.
            - **Social justice.** Marisol lost her home in a market she could not control. An intake that takes
              away what control she has left adds to that injustice.
            - **Dignity and worth of the person.** Marisol is the expert on her own family, even while she needs
              help.
            - **Importance of human relationships.** The relationship is how change happens, and it works only if
              she can trust it.
            - **Integrity.** Be honest about what you can and cannot do, including what you must report.
            - **Competence.** Noticing and managing power is a practice skill, like listening.

            The Code's standards make this concrete. Standard 1.01 puts the client's well-being first, and says
            clients should be told when a legal duty, such as reporting child abuse, may come first. Standard 1.02
            asks workers to respect and promote a client's right to make her own choices and name her own goals.
            Standard 1.07 asks workers to explain the limits of confidentiality early on.
        """),
        md("""
            **Outcomes.** Power shapes what a worker learns, because a client shares what feels safe to share. In
            moment 3, Marisol kept back the nights in the car, so the intake missed what those nights meant for
            the children. Power also shapes what a client does next. A plan she helped make is one she
            understands and can adjust. A plan made for her may be followed only while someone is watching, and
            then called "noncompliance" when it fails.

            Power also shapes how a client sees herself. Someone told what to do at every step can come to doubt
            her own judgment. Marisol kept two children fed and in school through an eviction. The intake can
            build on that strength, or treat her as a problem to be processed.

            Used well, the worker's power is a resource for the client: Jordan's knowledge of the housing lists
            can work in Marisol's favor. Hasenfeld (1987) called for practice that increases clients' own power,
            not only the services they get. The goal is not a worker with no power, but one who uses it in the
            open, for the client's aims, in ways that leave the client stronger.
        """),
        exercise(
            "choice", "m01.p5",
            prompt="Two weeks in, Jordan learns by chance that Marisol's sister has offered to co-sign a lease, "
                   "which opens up apartments the family could not get alone. Marisol never mentioned it. What "
                   "does this most likely show?",
            options=[option for option, _ in P5],
            key=P5[0][0],
            feedback=dict(P5),
        ),
        # ================================================================== graded
        md("""
            ## Graded exercises

            The six exercises below count for 10 points in all, and each one uses Marisol's case. They save
            your answer without saying whether it is right, and you can change it until you submit.
        """),
        exercise(
            "categorize", "m01.q1", points=2,
            prompt="Each moment comes from Marisol's first days at Harbor. Which base of power (French & Raven, "
                   "1959) best explains why Marisol goes along, or holds back?",
            items=list(Q1_KEY),
            categories=BASES,
            key=Q1_KEY,
            answer=Q1_KEY,
        ),
        exercise(
            "select-all", "m01.q2", points=1.5,
            prompt="Imagine Jordan could do Marisol's intake again, sharing power this time without pretending it "
                   "away. Which of these moves would do that?",
            options=Q2_OPTIONS,
            key=Q2_KEY,
            answer=Q2_KEY,
        ),
        md("""
            For the next exercise, think back over the whole intake (moments 1 to 7). On the scale, 0 means
            Marisol holds this power and 10 means Jordan holds it. Set every slider, or press the save button.
        """),
        exercise(
            "power-map", "m01.q3", points=2,
            prompt="Map where power sat during Marisol's intake at Harbor, as it happened in the case.",
            dimensions=list(Q3_KEY),
            case="Marisol's intake at Harbor",
            key=Q3_KEY,
            answer=Q3_ANSWER,
        ),
        exercise(
            "rank", "m01.q4", points=1.5,
            prompt="Marisol works some evenings until 8:30, and the curfew is 9 p.m. Put these ways Jordan could "
                   "explain the curfew in order, from most power-with (top) to most power-over (bottom).",
            items=Q4_SHOWN,
            top="power-with",
            bottom="power-over",
            key=Q4_KEY,
            answer=Q4_KEY,
        ),
        md("""
            The next exercise is a branching scenario. Each choice has a consequence, and some change where the
            story goes. Press *Decide* after each choice and play through to an ending. The path saved when you
            submit is the one that counts.
        """),
        exercise(
            "scenario", "m01.q5", points=2,
            prompt="You are Jordan. Play Marisol's intake from the start, choosing what you would do at each step.",
            steps=INTAKE_STEPS,
            key=Q5_KEY,
            answer=[[step, choice] for step, choice in Q5_KEY.items()],
        ),
        exercise(
            "choice", "m01.q6", points=1,
            prompt="A month later, at a staff meeting, a colleague says, \"Ms. Reyes is noncompliant. She has "
                   "skipped the parenting group twice.\" What is the most useful thing to ask first?",
            options=Q6_OPTIONS,
            key=Q6_KEY,
            answer=Q6_KEY,
        ),
        reflection(
            "m01-reflection",
            """
            ## Reflection

            Think of a time when you held power in a helping or institutional relationship, or were on the
            receiving end of someone else's: at a job, a field placement, a clinic, a school or a benefits
            office. Choose something you are comfortable sharing, and keep other people anonymous.

            In about 250 to 400 words:

            1. Describe the situation briefly.
            2. Name the base or bases of power at work (reward, coercive, legitimate, referent, expert), and the
               aspect of the imbalance it touched. Say what in the situation tells you so.
            3. Describe how it felt, or how you think it felt, from the side with less power.
            4. Name one concrete thing that could have made it more power-with. Be honest about what could not
               have changed.

            Write in the cell below: double-click it to edit, and press *Shift + Enter* when you are done.
            """,
            rubric=[
                ("Power named and explained", 2,
                 "Names at least one base of power and one aspect of the imbalance correctly, and ties each to "
                 "specific details of the situation rather than to general statements."),
                ("The view from the other side", 1,
                 "Describes concretely how the situation felt, or likely felt, to the person with less power, "
                 "including its effect on what they said, chose or trusted."),
                ("One step toward power-with", 1,
                 "Proposes a specific, realistic change that shares information, choices, decisions or the record, "
                 "and is honest about the part of the gap it could not close."),
                ("Clear, specific and respectful", 1,
                 "Writes plainly and specifically in 250 to 400 words, keeps other people anonymous, and "
                 "describes everyone in the story with respect."),
            ],
            model_answer="""
                Last summer I worked the front desk at a food pantry. Before anyone could shop, I had to check a
                photo ID and a piece of mail showing an address in our county. One afternoon a man brought a
                letter from a shelter instead of a bill. I told him it did not count, and he left without food.

                Looking back, I held legitimate power: he accepted that the person at the desk enforces the rules.
                I also held reward power, because I decided who got through the door to the shelves. The aspects
                at work were access to resources and decision authority, even though I had not written the rule.

                From his side, I think it felt like being judged for not having a home. He apologized twice, as if
                he had done something wrong. He did not ask whether there was another way, and I did not offer one.
                He may not come back, and he may tell others not to bother.

                I later learned that our coordinator accepted a shelter letter as proof of address. I could have
                said, "Let me check what else we can accept," and asked her. I also could have asked, "What do
                you have with you?" instead of "Do you have a bill?" The rule about living in the county was not
                mine to change. But how I explained it, and whether I looked for the exception, was.
            """,
        ),
        # ================================================================== closing
        md("""
            ## Key points

            - A power imbalance is the gap between what the worker and the client can each shape. In social work
              it comes with the role, not with a bad worker.
            - It has five aspects: knowledge and expertise, access to resources, decision authority, dependency,
              and professional boundaries and role.
            - French and Raven's five bases (reward, coercive, legitimate, referent, expert) rest on what the
              client believes, so a worker can hold power they never meant to use.
            - Power-with shares information, choices, decisions and the record. It is neither pretending the
              power is gone nor leaving the client alone with a decision.
            - A power map shows where power sits on each dimension, and which parts can move.
            - The imbalance matters for ethics and for outcomes: what clients share, which plans they follow,
              and how they come to see themselves.
        """),
        md("""
            ## References

            - Follett, M. P. (1924). [The work that introduced the terms *power-over* and *power-with*; cited
              here by author and year only.]
            - French, J. R. P., & Raven, B. (1959). The bases of social power. In D. Cartwright (Ed.), *Studies in
              social power* (pp. 150–167).
            - Hasenfeld, Y. (1987). Power in social work practice. *Social Service Review*.

            Standards named in this module: the NASW Code of Ethics (2021), its core values and Standards 1.01,
            1.02 and 1.07; and the CSWE Educational Policy and Accreditation Standards (2022), Competencies 1
            and 6.
        """),
    ],
)
