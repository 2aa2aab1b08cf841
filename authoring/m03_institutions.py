"""Module 3: Causes II: institutions and the law.

Street-level bureaucracy (Lipsky, 1980), involuntary clients and role clarification
(Trotter, 2014), the helper-and-enforcer role, mandated reporting, court orders, the
limits of confidentiality, and advocacy against unfair agency rules. Cases: Daniel
Okafor and Sam Kowalski (criminal legal system); Erin Callahan and Tomas Rivera
(a child welfare home visit).
"""

from ._builder import Module, exercise, md, reflection, setup

SLUG = "m03-institutions-and-law"

# ---------------------------------------------------------------------------------
# Practice exercises
# ---------------------------------------------------------------------------------

P1_OPTIONS = [
    "Intake workers stop asking about work hours so intakes stay short, and give everyone the next open slot.",
    "The state legislature passes a law that funds more counseling places.",
    "A worker saves the rare evening slot for clients who seem most motivated.",
    "Reception tells callers the wait is 'a few months' without saying how the waitlist works.",
    "The agency board publishes a new written policy on opening hours.",
]

P1 = exercise(
    "select-all", "m03.p1",
    prompt=(
        "Sam's agency has a waitlist and every counselor carries a full caseload. "
        "Which of these are street-level workers making policy in practice, in Lipsky's sense?"
    ),
    options=P1_OPTIONS,
    key=[P1_OPTIONS[0], P1_OPTIONS[2], P1_OPTIONS[3]],
    feedback={
        P1_OPTIONS[0]: (
            "A routine built to survive a busy day. No one wrote 'ignore work hours' into policy, "
            "yet shift workers now get slots they cannot keep. The routine has become the policy."
        ),
        P1_OPTIONS[1]: (
            "This is formal policy made from above by lawmakers. Lipsky's point is about what "
            "happens after: how front-line workers turn such decisions into daily practice."
        ),
        P1_OPTIONS[2]: (
            "Rationing through discretion. Picking the clients who seem likely to succeed feels "
            "sensible, but it quietly decides who gets help that fits their life."
        ),
        P1_OPTIONS[3]: (
            "Rationing by holding back information. A vague answer makes some callers give up, "
            "which shortens the queue without anyone deciding to turn them away."
        ),
        P1_OPTIONS[4]: (
            "A board's written policy is policy made at the top. Street-level policy is what workers "
            "actually do with such rules at the front desk and in the interview room."
        ),
    },
)

P2_ITEMS = [
    "Helping Daniel plan how to ask his manager for a steady shift",
    "Sending the monthly attendance report to probation",
    "Explaining exactly what the report will say before sending it",
    "Listening to Daniel talk about his younger brother",
    "Reminding Daniel that the court requires eight sessions",
    "Writing a letter confirming Daniel finished the program",
]

P2 = exercise(
    "categorize", "m03.p2",
    prompt="Sort these parts of Sam's work with Daniel by which side of the dual role they mostly serve.",
    items=P2_ITEMS,
    categories=["Mostly helper", "Mostly enforcer", "Both at once"],
    key={
        P2_ITEMS[0]: "Mostly helper",
        P2_ITEMS[1]: "Mostly enforcer",
        P2_ITEMS[2]: "Both at once",
        P2_ITEMS[3]: "Mostly helper",
        P2_ITEMS[4]: "Mostly enforcer",
        P2_ITEMS[5]: "Both at once",
    },
    feedback={
        P2_ITEMS[0]: (
            "Helper. This works on a problem Daniel named in his own life. It is the kind of "
            "collaborative problem-solving that gives a mandated client a reason to come."
        ),
        P2_ITEMS[1]: (
            "Enforcer. The report exists so the court can check that Daniel meets his order. "
            "Sam must send it whatever Daniel thinks of it."
        ),
        P2_ITEMS[2]: (
            "Both. The report itself is enforcement, but telling Daniel what it says first is "
            "help: it keeps him informed, shows respect and builds trust."
        ),
        P2_ITEMS[3]: (
            "Helper. Nothing about his brother goes in the report. This is ordinary listening "
            "that builds the relationship."
        ),
        P2_ITEMS[4]: (
            "Enforcer. It states the terms of the court order. Saying it plainly is honest, "
            "but its job is to hold Daniel to the mandate."
        ),
        P2_ITEMS[5]: (
            "Both. The letter meets the court's requirement, and it also helps Daniel close "
            "this chapter and show that he followed through."
        ),
    },
)

P3_OPTIONS = [
    "Say nothing about it, so he does not come across as preachy.",
    "Remind Daniel that another theft would break his probation.",
    "Name it and praise it specifically, then ask what helped him say no.",
    "Ask for the friend's name so it can go in Daniel's file.",
]

P3 = exercise(
    "choice", "m03.p3",
    prompt=(
        "In session two, Daniel mentions that a friend asked him to 'grab some stuff' from a store "
        "and he said no. What does pro-social modelling and reinforcement suggest Sam do?"
    ),
    options=P3_OPTIONS,
    key=P3_OPTIONS[2],
    feedback={
        P3_OPTIONS[0]: (
            "Staying quiet wastes the moment. Trotter's point is that noticing and rewarding "
            "pro-social choices makes them more likely. Specific praise is not a lecture."
        ),
        P3_OPTIONS[1]: (
            "Daniel just did the right thing, and this answer treats him as if he had not. It puts "
            "the enforcer role first when nothing calls for it."
        ),
        P3_OPTIONS[2]: (
            "Specific praise reinforces the choice, and the question invites Daniel to name his own "
            "strengths. That is pro-social reinforcement done well."
        ),
        P3_OPTIONS[3]: (
            "This turns a good choice into a reason to watch Daniel more closely. Nothing in Sam's "
            "reporting duties calls for it, and Daniel would learn to keep such stories to himself."
        ),
    },
)

P4_OPTIONS = [
    "\"It was the school, but please don't be angry with them.\"",
    "\"I'm not allowed to discuss the report. Can I come in and see Noah?\"",
    "\"I can't tell you who made the report; the law protects that. I can tell you exactly what the concern is, so you can tell me your side.\"",
    "\"It was anonymous, so I honestly don't know.\"",
]

P4 = exercise(
    "choice", "m03.p4",
    prompt="At the door, Erin asks Tomás: \"Who called you? Was it the school?\" What should Tomás say?",
    options=P4_OPTIONS,
    key=P4_OPTIONS[2],
    feedback={
        P4_OPTIONS[0]: (
            "Reporters' names are kept confidential by law and agency rules. Naming the school breaks "
            "that rule and can damage Noah's place at school."
        ),
        P4_OPTIONS[1]: (
            "It is true that he cannot name the reporter, but stopping there shuts Erin out. She "
            "cannot respond to a concern no one will describe."
        ),
        P4_OPTIONS[2]: (
            "Honest about the one thing he cannot share, open about everything he can. Erin learns "
            "the concern and gets a fair chance to answer it."
        ),
        P4_OPTIONS[3]: (
            "This is a lie if the report was not anonymous. If Erin finds out, she has good reason "
            "to doubt everything else Tomás tells her."
        ),
    },
)

# ---------------------------------------------------------------------------------
# Graded exercises (10 points): q1 categorize 2, q2 select-all 2, q3 scenario 3,
# q4 rank 1.5, q5 choice 1.5
# ---------------------------------------------------------------------------------

SCENARIO_STEPS = {
    "start": {
        "text": (
            "Tuesday, 4 p.m. Daniel comes in ten minutes late, just up after a night shift. He drops the "
            "court referral on the desk and sits near the door. \"My PO says I have to do eight of these. "
            "So here I am.\" What does Sam say first?"
        ),
        "choices": [
            {
                "id": "open-forms",
                "label": "\"Let's get your intake form done. First, tell me about the charge and any past arrests.\"",
                "consequence": (
                    "Daniel gives one-word answers. The form is done in twenty minutes, but to Daniel this "
                    "is one more interview by the system. He still has no idea what Sam will do with his answers."
                ),
                "next": "report",
            },
            {
                "id": "open-friend",
                "label": "\"Forget the court stuff. In here I'm not part of that system. Think of me as someone on your side.\"",
                "consequence": (
                    "Daniel relaxes a little. But it is not true: Sam does report to probation. When Daniel "
                    "finds that out, the warmth will look like a trick."
                ),
                "next": "report",
            },
            {
                "id": "open-clear",
                "label": (
                    "\"Thanks for coming, especially after a night shift. You're right, the court requires this. "
                    "I'd like to explain how it works, what I report and what's up to you. Then I want to hear "
                    "what you'd want from it, if anything.\""
                ),
                "consequence": (
                    "Daniel shrugs, but he pulls his chair in a little. Naming the court order out loud tells "
                    "him Sam will not pretend this is a free choice."
                ),
                "next": "report",
            },
            {
                "id": "open-rules",
                "label": "\"Before anything else: if you're late again or miss a session, I have to tell your probation officer. Clear?\"",
                "consequence": (
                    "\"Clear,\" Daniel says, and folds his arms. Sam has shown only the enforcer half of his "
                    "role, and the lateness is now what Daniel remembers about the day."
                ),
                "next": "report",
            },
        ],
    },
    "report": {
        "text": "Daniel asks, \"So what do you tell my PO? Everything I say in here?\" How does Sam answer?",
        "choices": [
            {
                "id": "rep-vague",
                "label": "\"Only what I have to. Don't worry about it, I'm on your side.\"",
                "consequence": (
                    "Daniel hears \"don't worry\" and starts to worry. With no details, he assumes the worst "
                    "and decides to say as little as he can."
                ),
                "next": "waste",
            },
            {
                "id": "rep-nothing",
                "label": "\"Nothing you say here leaves this room.\"",
                "consequence": (
                    "It sounds kind, but it is false. Sam sends attendance reports, and he must report child "
                    "abuse and act on serious risk of harm. A promise he cannot keep now will cost trust later."
                ),
                "next": "waste",
            },
            {
                "id": "rep-all",
                "label": "\"I share whatever the court needs to see that you're making progress.\"",
                "consequence": (
                    "This overstates the deal: the agency reports attendance, not what is said. Daniel decides "
                    "every word could end up in his file and sticks to safe topics."
                ),
                "next": "waste",
            },
            {
                "id": "rep-specific",
                "label": (
                    "Sam shows him the release and a blank report: \"Your PO gets which sessions you came to, any "
                    "you missed, and whether you finish. Not what we talk about. There are a few exceptions, and "
                    "I'll go through them now, so you can decide what to share.\""
                ),
                "consequence": (
                    "Daniel reads the form. \"That's it? Attendance?\" He seems surprised anyone showed him. "
                    "Now he can choose what to share with the limits in plain view."
                ),
                "next": "waste",
            },
        ],
    },
    "waste": {
        "text": (
            "Twenty minutes in, Daniel says, \"Honestly, this is a waste of time. I took one jacket. "
            "I don't need therapy.\" What does Sam do?"
        ),
        "choices": [
            {
                "id": "waste-warn",
                "label": "\"If you think it's a waste, I'll have to note that you aren't engaging.\"",
                "consequence": (
                    "Daniel stops arguing and starts saying what he thinks Sam wants to hear. That is compliance "
                    "on paper. And Sam's report covers attendance, not attitude, so the threat bends the very "
                    "terms he just explained."
                ),
                "next": "missed",
            },
            {
                "id": "waste-argue",
                "label": "Sam explains why counseling helps people who have been convicted and lists the risks of reoffending.",
                "consequence": (
                    "The harder Sam argues, the harder Daniel argues back. The session turns into a debate that "
                    "Daniel plans to win by changing nothing."
                ),
                "next": "missed",
            },
            {
                "id": "waste-reflect",
                "label": (
                    "\"Being sent here feels like more punishment than a jacket deserves. The sessions are "
                    "required either way. Since we have the time, is anything going on, with work, money, "
                    "anything, that you'd want to use it for?\""
                ),
                "consequence": (
                    "Daniel is quiet for a moment. Then he says his shifts keep changing and he is behind on "
                    "his phone bill. It is the first thing he has said that matters to him, and they agree to "
                    "start there."
                ),
                "next": "missed",
            },
            {
                "id": "waste-agree",
                "label": "\"Honestly, I get it. Let's just do the hour and you can sign out.\"",
                "consequence": (
                    "Daniel likes the honesty, but Sam has given up on being useful. The sessions become a "
                    "waiting room: eight hours of Daniel's life with nothing in them for him."
                ),
                "next": "missed",
            },
        ],
    },
    "missed": {
        "text": (
            "Session three. Daniel does not show. An hour later he texts: \"Got moved to days this week, "
            "couldn't come. Sorry.\" Agency rules say absences go on the monthly report to probation, due "
            "Friday, and sessions run only on weekday afternoons. What does Sam do?"
        ),
        "choices": [
            {
                "id": "missed-strict",
                "label": "Sam reports \"failed to attend\" with no other detail. The rule is the rule.",
                "consequence": (
                    "The probation officer calls Daniel and warns him. Daniel keeps coming, but he believes "
                    "Sam set him up."
                ),
                "next": "end-paper",
            },
            {
                "id": "missed-job",
                "label": "Sam tells Daniel to ask his manager for his old shift back, since the agency only sees people on weekday afternoons.",
                "consequence": (
                    "Daniel asks. His manager says no and calls him \"difficult.\" Now Daniel must choose "
                    "between his job and his court order."
                ),
                "next": "end-squeeze",
            },
            {
                "id": "missed-plan",
                "label": (
                    "Sam calls Daniel, thanks him for texting, and books a make-up session that fits the new "
                    "shift. He records the absence accurately, with the reason and the make-up date, and tells "
                    "Daniel what the report will say. He also tells his supervisor the afternoon-only schedule "
                    "keeps clashing with shift workers."
                ),
                "consequence": (
                    "Daniel comes to the make-up session. \"You told me what you'd write, and that's what you "
                    "wrote,\" he says."
                ),
                "next": "end-engaged",
            },
            {
                "id": "missed-hide",
                "label": "Sam leaves the absence off the report. Daniel has been doing well, and one miss shouldn't count against him.",
                "consequence": (
                    "The report goes out clean. It feels kind, but Sam has bent a rule in secret, and only for "
                    "a client he likes."
                ),
                "next": "end-hidden",
            },
        ],
    },
    "end-engaged": {
        "text": (
            "Daniel finishes all eight sessions. He still does not like being told to come, but he used the "
            "time: he set up a payment plan for his phone bill and asked his manager, in a calm way, about a "
            "steadier shift. He knows what Sam reported and why. Being clear about the role did not remove the "
            "mandate, but it made the mandate workable and left room for real help."
        ),
    },
    "end-paper": {
        "text": (
            "Daniel attends every remaining session and is polite. He talks about sports, the weather, "
            "anything safe. His file shows full compliance. Nothing in his life has changed, and he leaves "
            "believing that helpers are just one more part of the system watching him."
        ),
    },
    "end-hidden": {
        "text": (
            "At the agency's quarterly audit, the records show a booked session that was never held, and a "
            "corrected report goes to the probation officer. She now doubts Sam's reports, which hurts every "
            "client he writes one for. Daniel is called in to explain an absence he thought was settled. A "
            "quiet favor became a new risk for both of them."
        ),
    },
    "end-squeeze": {
        "text": (
            "Daniel keeps his job by swapping shifts with a co-worker for a few weeks, loses pay, and misses "
            "another session anyway. A scheduling problem the agency could have helped solve became Daniel's "
            "problem alone, and it ended up on his probation record."
        ),
    },
}

Q1_ITEMS = [
    "Which problems they work on in sessions",
    "Attending the eight sessions the court ordered",
    "The time of sessions, within the agency's hours",
    "Sam sending attendance reports to probation",
    "How much Daniel shares about his life",
    "Sam reporting suspected abuse of a child",
    "The goals Daniel sets for himself",
]

Q2_OPTIONS = [
    "A summary of what Daniel says in sessions goes to his probation officer each month.",
    "His attendance, absences and completion are reported to his probation officer.",
    "Sam must report suspected abuse or neglect of a child.",
    "Nothing Daniel says can ever be shared without his written consent.",
    "If Daniel seems at serious risk of harming himself or someone else, Sam may have to share information.",
    "Sam will tell Daniel's employer about the conviction if it affects his job.",
    "A court can order Sam to release Daniel's records.",
]

Q4_ITEMS = [
    "Ask Erin how things have been going and what help would make a difference.",
    "Say who he is and which agency he works for, and show his ID.",
    "Agree on next steps with Erin and write down who will do what.",
    "Explain what happens next, what Erin can decide, and that what she says goes into a record a court could see.",
    "Explain in plain words that the agency got a report about Noah being home alone, and that he must check Noah is safe.",
]

Q5_OPTIONS = [
    "Apply the rule the same way to everyone and say nothing; the rule is not his to change.",
    "Quietly allow extra reschedules for clients who seem motivated, and hold the rest to the limit.",
    "Stop reporting missed sessions for shift workers until the agency changes the rule.",
    "Use the room the rule allows, openly and for everyone, keep a record of how it affects shift workers, and bring that record and a concrete proposal to his supervisor.",
    "Tell his shift-working clients the rule is unfair and that they should complain to the judge.",
]

# ---------------------------------------------------------------------------------
# The module
# ---------------------------------------------------------------------------------

MODULE = Module(
    slug=SLUG,
    title="Causes II: institutions and the law",
    minutes=60,
    cswe=[1, 5, 6, 8],
    nasw=["1.02", "1.03", "1.07"],
    cells=[
        md("""
            # Module 3: Causes II: institutions and the law

            *About 60 minutes.* Some of the power a social worker holds does not belong to the worker at all.
            It comes from the agency they work for and from the laws that bring some clients through the door.
            You follow Sam Kowalski, a counselor, through his first sessions with Daniel Okafor, who is 19 and in
            counseling because a court said he must be. A second case takes you on a child welfare home visit.
            You will see how front-line workers turn rules into practice, how to be honest about the enforcer
            side of the job, and when to push back on the institution itself.
        """),
        setup(SLUG),
        md("""
            ## Learning objectives

            By the end of this module you will be able to:

            - Explain how front-line workers make policy in practice through discretion, rationing and routines (Lipsky, 1980).
            - Distinguish mandated from non-voluntary clients, and the helper side of a worker's role from the enforcer side.
            - Apply role clarification (Trotter, 2014) to say what is negotiable, what is not, and where confidentiality ends.
            - Plan a first session with a court-ordered client that builds engagement without hiding the mandate.
            - Evaluate an agency rule that rations help, and plan how to push back on it through fair channels.
        """),
        md("""
            ## Competencies

            **CSWE 2022 competencies**

            - **1. Demonstrate Ethical and Professional Behavior:** handling the helper and enforcer role honestly, and explaining the limits of confidentiality.
            - **5. Engage in Policy Practice:** seeing how front-line discretion becomes policy, and advocating to change an unfair agency rule.
            - **6. Engage with Individuals, Families, Groups, Organizations, and Communities:** building a working relationship with a client who did not choose the service.
            - **8. Intervene with Individuals, Families, Groups, Organizations, and Communities:** using role clarification, pro-social modelling and collaborative problem-solving.

            **NASW Code of Ethics standards**

            - **1.02 Self-Determination:** finding and respecting the real choices a client keeps inside a court order.
            - **1.03 Informed Consent:** telling involuntary clients what the service involves and how far they can refuse it.
            - **1.07 Privacy and Confidentiality:** explaining the limits of confidentiality early, and sharing only what is required.
        """),
        md("""
            ## How to work through this module

            Run the first code cell above before anything else: it loads the exercises. Then read the sections
            in order. A **practice exercise** tells you at once why an answer is right or wrong, so try them
            freely. A **graded exercise** looks the same but only saves your answer; your instructor scores it
            later. Answers save themselves as you go. At the end you write one short reflection.
        """),
        md("""
            ## Power that comes with the job

            When a client meets a social worker, they also meet an institution. The worker speaks for a welfare
            office, a hospital, a child protection agency, a school or a program linked to the courts. That
            institution has rules, forms, deadlines and eligibility criteria. It decides who is served, how soon,
            and on what terms. The worker wrote few of these rules, but the client meets them through the worker.

            This backing gives the worker's words extra weight. A client may go along with a plan not because it
            makes sense to them, but because there seems to be no other road to help. Agency procedures also
            tend to count a professional's judgment for more than a client's wishes. None of this can be switched
            off. A worker can make it visible, explain it, and challenge the parts that are unfair.

            The law adds a second layer. Court-ordered counseling, required parenting classes and services tied
            to probation all remove the option of saying no without a penalty. Here the worker does more than
            support: they may have to report on the client to the authority that sent them. A client in this spot
            may show up only because they must. Handled carelessly, the relationship shrinks to ticking boxes on
            both sides.
        """),
        md("""
            ## Street-level bureaucracy

            Michael Lipsky (1980) studied public service workers who deal with people face to face: teachers,
            police officers, social workers, legal aid lawyers and others. He called them *street-level
            bureaucrats*. His key point was that these workers do not simply carry out policy written higher up.
            Through the many small decisions they make each day, they make policy in practice.

            They can do this because their jobs call for *discretion*, which means room to use their own
            judgment. No rule can foresee every case, so workers decide how to apply it. Lipsky showed that the
            conditions of the work shape how that discretion gets used. Caseloads are heavy. Resources never match
            the need. Goals are often vague or in conflict, such as "help the client" and "protect the public."
            And many clients cannot take their business anywhere else.

            To cope, workers build routines and ways to ration their time. They may ration service by making
            people wait, by not mentioning every option, or by saving a scarce evening slot for the client who
            seems most likely to succeed. They may sort people into quick categories so the day stays manageable.
            Each habit can seem small and sensible on a busy day. Added up, these habits decide who gets help and
            what that help looks like. For the client, that *is* the policy.

            This lens matters for power in two ways. Front-line workers hold real power, even when they feel
            powerless inside their agency. And the shortcuts a worker adopts to survive a caseload are choices
            with effects on clients, which means they can be examined and changed.
        """),
        P1,
        md("""
            ## Clients who did not choose the service

            We often picture a client who asks for help and can walk away. Many social work clients are not like
            that. An *involuntary client* is a person who receives a service they did not
            choose. It helps to separate two groups. *Mandated* clients are required by a court order or a law to
            take part, and refusing brings a formal penalty. *Non-voluntary* clients face no legal order, but
            pressure from family, an employer, a school or the risk of losing something leaves them little real
            choice. A parent told that a class "would look good" before a custody hearing is in the second group.

            Chris Trotter (2014) wrote a practice guide for work with involuntary clients in settings such as
            probation, child protection and mental health. He starts from a plain fact: the worker in these
            settings has two jobs. One is to help. The other is to monitor the client and, when needed, to
            enforce the rules. This is often called the *dual role*, or the helper and enforcer role.

            The dual role is not a flaw to hide. Clients usually know that the worker answers to someone. What
            damages trust is pretending otherwise, or switching from friend to enforcer without warning. A worker
            who says "I'm not part of the system" and then files a report has shown the client that the
            friendliness was a tactic. A worker who only enforces gets compliance on paper and little else.
        """),
        P2,
        md("""
            ## Case: Daniel Okafor and Sam Kowalski

            Daniel Okafor is 19. He was convicted of shoplifting a jacket and placed on probation. One condition
            is that he complete eight counseling sessions. He works nights at a warehouse, and his shifts change
            with little notice. He lives with his mother and his younger brother. He has never been in counseling
            and does not see why he needs it.

            Sam Kowalski is a counselor at a community agency that takes court referrals. The agency has a
            written agreement with the probation department. Each month Sam sends Daniel's probation officer a
            short report: the sessions Daniel attended, any he missed, and in the end whether he completed the
            program. Before the first session, Daniel signed a release that allows this. The agency offers
            sessions on weekday afternoons. Sam has a full caseload, and most of his clients were sent by someone
            else.

            Notice how much power sits on Sam's side before either of them speaks. Sam knows the rules, while
            Daniel has heard only rumors. Sam's reports can affect Daniel's probation. The schedule was set by the
            agency, not by anyone who works nights. Daniel did sign the release, but refusing would have sent him
            back to the judge. That is consent under pressure. It still counts, and it calls for extra care.
        """),
        md("""
            ## Role clarification and two more tools

            Trotter (2014) describes a few skills that help in work with involuntary clients. The first is *role
            clarification*: being open and specific, early and again later, about what the relationship is and
            is not. It covers:

            - **What is not negotiable:** the court order, the number of sessions, the reports the worker must send, and the legal duties the worker cannot set aside.
            - **What is negotiable:** what the sessions focus on, the pace, the times within the agency's hours, how much the client shares, and the client's own goals.
            - **The worker's dual role:** that the worker wants to help and also reports to an authority, and how that authority could be used.
            - **The limits of confidentiality:** exactly what information goes where, and when the worker would have to share more.
            - **The client's view:** what the client expects, fears or wants from the service.

            This is not a speech given once at intake. It is a conversation that returns whenever things change,
            for example when a report is due.

            The second skill is *pro-social modelling and reinforcement*. "Pro-social" means behavior that
            respects other people and the law. The worker models it by being on time, keeping promises and
            treating the client with respect. The worker also notices and praises the client's pro-social words
            and actions, and calmly questions comments that excuse harm.

            The third skill is *collaborative problem-solving*. Worker and client list the problems the client
            sees in their own life, such as money, work or family, pick one together, and plan steps. Starting
            with the client's problems, not only the court's, gives a mandated client a reason to use the time.
            Trotter draws on research, much of it from probation, suggesting that clients of workers who use
            these skills tend to do better.

            When a client pushes back, arguing about why they should change tends to make them defend not
            changing (Miller & Rollnick, 2013). Reflecting back what they said, and asking what they want,
            usually works better.
        """),
        P3,
        exercise(
            "categorize", "m03.q1", points=2,
            prompt=(
                "Role clarification: sort each part of Sam's work with Daniel into what is open to "
                "negotiation between them and what is not."
            ),
            items=Q1_ITEMS,
            categories=["Negotiable", "Not negotiable"],
            key={
                Q1_ITEMS[0]: "Negotiable",
                Q1_ITEMS[1]: "Not negotiable",
                Q1_ITEMS[2]: "Negotiable",
                Q1_ITEMS[3]: "Not negotiable",
                Q1_ITEMS[4]: "Negotiable",
                Q1_ITEMS[5]: "Not negotiable",
                Q1_ITEMS[6]: "Negotiable",
            },
            answer={
                Q1_ITEMS[0]: "Negotiable",
                Q1_ITEMS[1]: "Not negotiable",
                Q1_ITEMS[2]: "Negotiable",
                Q1_ITEMS[3]: "Not negotiable",
                Q1_ITEMS[4]: "Negotiable",
                Q1_ITEMS[5]: "Not negotiable",
                Q1_ITEMS[6]: "Negotiable",
            },
        ),
        md("""
            ## What gets shared: reports, court orders and confidentiality

            *Confidentiality* means a worker keeps what a client shares private. It is never absolute, and in
            mandated work its limits are wider than usual. The NASW Code of Ethics asks social workers to
            discuss these limits with clients as early as possible in the relationship, and again as needed
            (Standard 1.07). For clients who receive services involuntarily, the Code also asks workers to explain
            what the service involves and how far the client has a right to refuse it (Standard 1.03).

            Four kinds of limits come up most often:

            - **Reports the mandate requires.** Sam's reports to probation are set by the agency's agreement and the release Daniel signed. They cover attendance and completion, not what is said in sessions. Sam should know exactly what the form asks for and show it to Daniel.
            - **Mandated reporting.** State laws in the United States name groups of professionals, social workers among them, who must report suspected child abuse or neglect to child protective services or the police. The reporter needs a reasonable suspicion, not proof. Many states set similar duties for the abuse of older adults or adults with disabilities.
            - **Serious risk of harm.** The Code allows a worker to share information without consent when that is needed to prevent serious, foreseeable and imminent harm to the client or to others. Some states also set a legal duty to warn or protect.
            - **Court orders.** A court can order a worker to hand over records or to testify. If sharing could harm the client, the Code asks the worker to request that the court withdraw the order or limit it as narrowly as possible, or keep the records sealed.

            The details differ by state and by agency, so each worker must know the rules where they work and say
            them in plain words. The aim is not to scare a client into silence. It is to let them decide what to
            share with the facts in hand.
        """),
        exercise(
            "select-all", "m03.q2", points=2,
            prompt=(
                "In the first session, which of these should Sam tell Daniel about the limits of "
                "confidentiality? Tick every statement that is true and belongs in that talk."
            ),
            options=Q2_OPTIONS,
            key=[Q2_OPTIONS[1], Q2_OPTIONS[2], Q2_OPTIONS[4], Q2_OPTIONS[6]],
            answer=[Q2_OPTIONS[1], Q2_OPTIONS[2], Q2_OPTIONS[4], Q2_OPTIONS[6]],
        ),
        md("""
            ## Sam's first session

            Now put the pieces together. In the graded scenario below you are Sam. You face four decisions, and
            each choice changes what happens next. You may press *Start again* as often as you like. The path on
            the screen when you stop is the one that is saved, so walk it to the end.
        """),
        exercise(
            "scenario", "m03.q3", points=3,
            prompt="You are Sam Kowalski, meeting Daniel Okafor for his court-ordered counseling. Make each decision and see where it leads.",
            steps=SCENARIO_STEPS,
            key={"start": "open-clear", "report": "rep-specific", "waste": "waste-reflect", "missed": "missed-plan"},
            answer=[
                ["start", "open-clear"],
                ["report", "rep-specific"],
                ["waste", "waste-reflect"],
                ["missed", "missed-plan"],
            ],
        ),
        md("""
            ## Case: A home visit in child welfare

            Child welfare shows the enforcer role just as clearly. On Monday, the school counselor at Noah Callahan's elementary school called the state child abuse
            hotline. Noah, who is 6, had told his teacher that he stays home alone "until it gets dark" while his
            mother works. School counselors are mandated reporters. They do not have to be sure anything is wrong,
            only to have a reasonable suspicion. The hotline decided the report needed a visit and assigned it to
            Tomás Rivera (he/him), a child protective services caseworker.

            Noah's mother, Erin Callahan (she/her), is 31 and works as a home health aide. Her agency recently
            added evening visits to her schedule, and her usual babysitter moved away last month. When Tomás
            knocks on Tuesday afternoon, Erin opens the door a few inches. She knows who he is before he says a
            word.

            Tomás holds more formal power than Sam. His assessment can lead to a safety plan, to services, or in
            serious cases to a petition in family court. That is the enforcer side, and Erin knows it. The helper
            side is just as real: the agency can help Erin find child care. Tomás also keeps in mind that a gap in
            child care is a problem to solve, not proof that a parent does not care.

            The same tools apply at the door. Tomás needs to say who he is, why he has come, what he must do,
            what Erin can decide, and where her words will go. What a parent may refuse, such as letting a worker
            inside, differs by state, and a worker must explain it truthfully, without bluffing.
        """),
        P4,
        exercise(
            "rank", "m03.q4", points=1.5,
            prompt="Put Tomás's first moves with Erin in the best order, from what he does first to what he does last.",
            items=Q4_ITEMS,
            top="first",
            bottom="last",
            key=[Q4_ITEMS[1], Q4_ITEMS[4], Q4_ITEMS[3], Q4_ITEMS[0], Q4_ITEMS[2]],
            answer=[Q4_ITEMS[1], Q4_ITEMS[4], Q4_ITEMS[3], Q4_ITEMS[0], Q4_ITEMS[2]],
        ),
        md("""
            ## When the rule is the problem

            Lipsky's lens cuts both ways. Discretion can ration help unfairly, but it can also be used to make a
            rule work better for the people it touches. And when a rule keeps harming clients, a worker can do
            more than cope with it. *Advocacy* means acting to change a decision, a practice or a rule on behalf
            of clients. Case advocacy helps one client. Cause advocacy tries to change the rule for everyone it
            affects.

            Good advocacy inside an agency tends to follow a pattern. First, the worker meets the client's
            immediate need within the rules, using whatever room the rules allow, and uses it the same way for
            everyone. Second, the worker keeps a plain record of how the rule affects people. Third, the worker
            brings that record, with a specific proposal, to a supervisor or team meeting, and joins with
            colleagues who see the same problem. The NASW Code of Ethics asks social workers to work to improve
            their agencies' policies, so this is part of the job, not a favor.

            Two tempting shortcuts do harm. One is bending the rule in secret, often only for the clients a worker
            likes. That is the uneven rationing Lipsky described, and it puts worker and client at risk when it
            comes to light. The other is handing the problem to the client, for example by telling a shift worker
            to fix their own schedule. Noticing that an agency was not built around people who work nights, and
            saying so to those who can change it, is part of using power well.
        """),
        exercise(
            "choice", "m03.q5", points=1.5,
            prompt=(
                "To cope with its waitlist, Sam's agency now allows court-referred clients one reschedule a month "
                "and reports any other missed session as a no-show. Several shift workers on Sam's caseload, "
                "Daniel among them, keep hitting the limit: what should Sam do?"
            ),
            options=Q5_OPTIONS,
            key=Q5_OPTIONS[3],
            answer=Q5_OPTIONS[3],
        ),
        *reflection(
            "m03-reflection",
            """
            ## Reflection

            Write 150 to 300 words in the answer cell below. Answer both parts.

            1. Imagine your first meeting with a client like Daniel, who has to see you. In your own words, as
               you would actually say it to them, explain your dual role: what you are there to help with, what
               you must report and to whom, what is up to them, and where confidentiality ends.
            2. Name one rule or routine in an agency you know (a field placement, a job, or one from this module)
               that works against clients. Say who it affects and how, and describe one step you would take to
               push back on it.
            """,
            [
                (
                    "Honest, plain explanation of the dual role", 2,
                    "Names both the helper and the enforcer side; says specifically what is reported and to "
                    "whom and what is not; names at least two real limits of confidentiality; uses plain, "
                    "client-facing words with no jargon and no false promises.",
                ),
                (
                    "Real choices within the mandate", 1,
                    "Tells the client what is negotiable (for example focus, goals, pace, timing, what to share) "
                    "and invites their view, in line with self-determination and informed consent.",
                ),
                (
                    "A specific rule and a workable plan to push back", 1,
                    "Names a concrete rule or routine, who it harms and how, and one realistic step through fair "
                    "channels (records, supervisor, team, colleagues), without secret rule-bending or shifting "
                    "the burden onto the client.",
                ),
                (
                    "Accurate use of the module's ideas", 1,
                    "Connects the answer accurately to at least one idea from the module, such as street-level "
                    "discretion (Lipsky, 1980) or role clarification (Trotter, 2014).",
                ),
            ],
            """
            (1) "I want to be straight with you about how this works. The court says you need eight sessions
            here, and I can't change that. Each month I send your probation officer a short note: which sessions
            you came to, any you missed, and whether you finished. I don't send what we talk about. There are a
            few times I'd have to share more: if I thought a child was being hurt, if you or someone else were in
            serious danger, or if a court ordered your records. If that ever comes up, I'll tell you what I'm
            doing. The rest is up to you: what we work on, what you share, and which time slot works around your
            shifts. So what, if anything, would make this hour worth your while?" Saying this early is role
            clarification in Trotter's (2014) sense: the client can decide what to share with the facts in front
            of him. (2) At my placement, appointments are only offered between 9 and 4, and clients who miss two
            are closed. That mostly hurts people with hourly jobs and no paid leave. It is the kind of rationing
            routine Lipsky (1980) describes: no one decided to exclude shift workers, but the schedule does. I
            would first offer the earliest and latest slots we have to everyone who needs them, then track for
            two months how many closures involve work conflicts, and bring those numbers to my supervisor with a
            proposal for one evening clinic a week.
            """,
        ),
        md("""
            ## Key points

            - Much of a worker's power comes from the agency and the law behind them. It cannot be switched off, but it can be made visible, explained and challenged.
            - Front-line workers make policy in practice through discretion, routines and rationing (Lipsky, 1980).
            - Mandated and non-voluntary clients both deserve honesty about the worker's dual role as helper and enforcer.
            - Role clarification means being clear about what is negotiable, what is not, the dual role and the limits of confidentiality (Trotter, 2014).
            - Tell clients exactly what is reported and to whom. Never promise more privacy than you can give.
            - When a rule keeps harming clients, use discretion openly and evenly, keep a record, and push for change through fair channels.
        """),
        md("""
            ## References

            - Lipsky, M. (1980). *Street-level bureaucracy: Dilemmas of the individual in public services*. New York: Russell Sage Foundation.
            - Miller, W. R., & Rollnick, S. (2013). *Motivational interviewing: Helping people change* (3rd ed.). New York: Guilford Press.
            - Trotter, C. (2014). *Working with involuntary clients: A guide to practice* (3rd ed.). Routledge.
        """),
    ],
)
