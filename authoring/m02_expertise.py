"""Module 2: Causes I: expertise, resources and decision authority.

Causes 1-3 of the source article (professional knowledge, control over resources,
decision-making authority), taught through a hospital discharge (Kwame Asante and
Priya Nair at Riverside General) and a short second case at a benefits office.
"""

from ._builder import Module, exercise, md, reflection, setup

SLUG = "m02-expertise-resources-authority"

# --- the graded rewrite: the chart note, its key and a model answer that passes every check ---
CHART_NOTE = (
    "Pt is a 71 y/o M, s/p fall at home, hx DM2. PT eval: min-mod assist w/ ADLs and transfers. "
    "Team rec is d/c to SNF for short-term rehab. Pt states preference for d/c home w/ HHA. "
    "Home-care program eligibility determination pending; pt waitlisted, est. 2 wks. "
    "Level of care to be reassessed prior to d/c. SW to f/u w/ pt re: d/c plan."
)

REWRITE_KEY = {
    "include": [
        ["fall", "fell"],
        ["bathing", "bath", "shower", "showering", "washing", "wash", "dressing", "getting dressed",
         "get dressed", "eating", "toilet", "toileting", "daily tasks", "everyday tasks", "daily activities",
         "day-to-day", "day to day", "everyday things", "daily things", "basic tasks", "self-care",
         "personal care", "look after yourself", "looking after yourself", "take care of yourself",
         "taking care of yourself", "care for yourself", "caring for yourself"],
        ["rehab", "rehabilitation", "nursing", "nursing home", "care center", "care home", "recover",
         "recovery", "therapy center"],
        ["go home", "going home", "return home", "back home", "get home", "be home", "be at home",
         "stay at home", "live at home", "your own home", "your house", "home with help", "home with a helper",
         "home with an aide", "home with support"],
        ["wait", "waiting", "waitlist", "wait list", "waiting list", "two weeks", "2 weeks"],
        ["your choice", "your decision", "you decide", "you choose", "up to you", "your call", "you can choose",
         "you get to choose", "you get to decide", "you can decide", "you pick", "you can pick", "final say",
         "choice is yours", "decision is yours"],
        ["talk", "meet", "visit", "call", "come by", "come back", "see you", "questions", "discuss",
         "check in", "follow up", "speak"],
    ],
    "avoid": ["SNF", "ADL", "ADLs", "d/c", "s/p", "hx", "DM2", "HHA", "y/o", "f/u", "w/", "pt", "rec", "eval",
              "min-mod", "transfers", "level of care", "eligibility determination"],
    "max_sentence_words": 20,
}

REWRITE_ANSWER = (
    "Dear Mr. Asante, you came to the hospital after a fall at home. "
    "Our physical therapist found that, for now, you need some help with bathing and dressing. "
    "You also need a hand getting in and out of bed or a chair. "
    "The care team thinks a short stay at a rehab center would be safest. "
    "There you would have therapy every day, and nurses would check your blood sugar. "
    "You told us you would rather go home, with a helper who comes to your house. "
    "The home-care program that sends helpers has a waiting list. "
    "Right now the wait is about two weeks. "
    "The program decides who can join, and I will send them what they need. "
    "Before you leave, the team will check again how much help you need. "
    "This is your choice, and I will help you with either plan. "
    "I will come by tomorrow to talk it over and answer your questions. "
    "Priya Nair, social worker."
)

MODULE = Module(
    slug=SLUG,
    title="Causes I: expertise, resources and decision authority",
    minutes=60,
    cswe=[1, 6, 8],
    nasw=["1.02", "1.03"],
    cells=[
        md("""
        # Module 2: Causes I: expertise, resources and decision authority

        *About 60 minutes.* A social worker brings three kinds of power into almost every meeting:
        what the worker knows, what the worker can open or close, and what the worker's role lets
        them decide. This module follows each one through a hospital discharge, where Kwame Asante
        wants to go home after a fall and Priya Nair is the social worker planning his discharge.
        You will learn to name each kind of power, to notice when it quietly silences a client, and
        to share it.
        """),
        setup(SLUG),
        md("""
        ## Learning objectives

        By the end of this module you will be able to:

        - Distinguish expert, reward and legitimate power in a worker's everyday actions, and recognize when reward power starts to work like a threat.
        - Explain how jargon and unequal information can silence a client, and rewrite a professional note in plain language.
        - Analyze the worker's role as a gatekeeper to scarce services, including whether eligibility rules are explained or hidden.
        - Evaluate replies to a client by how far they share a decision or impose it.
        - Plan concrete steps to share each kind of power with a client.
        """),
        md("""
        ## Competencies

        **CSWE 2022 competencies**

        - **1, Demonstrate Ethical and Professional Behavior.** You examine how your knowledge, role and control over services give you power, and use it in line with the NASW Code of Ethics.
        - **6, Engage with Individuals, Families, Groups, Organizations, and Communities.** You practice plain language, so that a client can take part as a partner.
        - **8, Intervene with Individuals, Families, Groups, Organizations, and Communities.** You plan a discharge and a referral with the client rather than for him.

        **NASW Code of Ethics (2021)**

        - **1.02 Self-Determination.** You keep the final say with the client, and notice the quiet ways a worker can take it.
        - **1.03 Informed Consent.** You explain options, risks and rules in words the client can use.
        """),
        md("""
        ## How to work through this module

        Run the first code cell above before anything else: it loads the exercises and any answers
        you saved earlier. Then read the sections in order, since each one builds on the case.

        Practice exercises sit between the sections. Try them as often as you like; each one tells
        you at once whether your answer is right, and why. The graded exercises near the end only
        save your answer, and your instructor scores them later. Answers save themselves as you
        click, so you can close the notebook and come back. Plan about 15 minutes each for the
        reading, the practice, the graded exercises and the reflection.
        """),
        md("""
        ## Case: Kwame Asante is ready to leave the hospital

        Kwame Asante is 71. He spent forty years keeping city buses on the road, and he still does
        his own repairs around the house, where he lives alone. He has managed his diabetes himself
        for years. Ten days ago he fell one night on the way to the bathroom, and a neighbor found
        him the next morning.

        At Riverside General, the team treated a hip injury and brought his blood sugar back under
        control. He now walks with a walker, and for the moment he needs some help to shower, get
        dressed, and get in and out of bed. The doctors say he is ready to leave. The question is
        where he goes.
        """),
        md("""
        Priya Nair, the social worker on his unit, is planning his discharge with him. Two options
        are on the table:

        - **A short stay at a rehab center.** For a few weeks he would have physical therapy every
          day, and nurses would check his blood sugar.
        - **Going home with help.** A county home-care program can send an aide to help with
          bathing, dressing and meals for a few hours a day. The program has rules about who can
          join, and it has a waiting list. Until a place opens, Kwame would rely on his niece, Ama,
          who lives forty minutes away, and on his neighbor.

        Kwame wants to go home. “I have my own bed, my own kitchen and my own tools,” he says. The
        team leans toward rehab, because he fell at night and lives alone.
        """),
        md("""
        Look at what Priya holds before she says a word. She knows what each option involves, how
        the forms work, and what the words in his chart mean. Her referral is the only way into the
        home-care program, and her assessment goes to the team that shapes his discharge plan.

        Kwame holds power too. He knows his house, his habits and what a good day looks like for
        him. As an adult who can make his own decisions, he can also say no. Try mapping where each
        kind of power sits on the morning Priya first meets him.
        """),
        exercise(
            "power-map", "m02.p1",
            prompt=("Map power in Kwame's case on the morning Priya first meets him, before she has explained "
                    "anything. Move each slider, then read the feedback."),
            dimensions=["Knowing the discharge options", "Access to the home-care program",
                        "The discharge decision", "Knowing Kwame's daily life at home"],
            case="Kwame Asante, day one",
            key={"Knowing the discharge options": (7, 10), "Access to the home-care program": (8, 10),
                 "The discharge decision": (5, 8), "Knowing Kwame's daily life at home": (0, 3)},
            feedback={
                "Knowing the discharge options": (
                    "Priya knows the options, the rehab centers, the forms and the waits. Kwame has never "
                    "planned a discharge before, so on day one this sits well toward the worker."),
                "Access to the home-care program": (
                    "The program takes referrals only from hospital social workers. Without Priya's form, "
                    "Kwame cannot even join the waiting list, so the worker holds almost all of this."),
                "The discharge decision": (
                    "The team and Priya's assessment shape the plan, and Kwame may not know he can refuse "
                    "it. But he can say no to rehab, so this power is not wholly the worker's. A middle-high "
                    "value fits."),
                "Knowing Kwame's daily life at home": (
                    "Only Kwame knows his house, his nights and his neighbors. This is power the client "
                    "holds, and a good plan needs it."),
            },
        ),
        md("""
        ## Three bases of power

        Where does one person's influence over another come from? In 1959, John French and Bertram
        Raven named five bases of social power (French & Raven, 1959). You met them in Module 1.
        Three of them matter most here:

        - **Expert power** rests on the belief that someone knows more about a matter than you do.
          You go along because the other person seems to know best.
        - **Reward power** rests on the ability to give something the other person wants, or to
          remove something they do not want. A referral, a voucher or a place on a list are rewards
          in this sense.
        - **Legitimate power** rests on the belief that someone has the right to ask or decide,
          because of their role. A form that only the social worker may sign carries this kind
          of power.
        """),
        md("""
        A fourth base, **coercive power**, rests on the ability to punish. Social workers rarely see
        themselves as punishing anyone. Yet a service that can be given can also be held back. When
        a client fears losing help, the same resource starts to work like a threat. So reward power
        tends to cast a coercive shadow, even when the worker has no wish to use it that way. (The
        fifth base, referent power, comes from being liked or admired.)

        Two points in French and Raven's account matter for practice. First, power lives in the
        relationship, not inside one person: Priya's expert power depends on Kwame believing that
        she knows more, and her reward power depends on how much he needs what she controls.
        Second, power is not bad in itself. What matters is whether it is used over the client or
        with the client, the contrast Mary Parker Follett drew between power-over and power-with
        (Follett, 1924).
        """),
        md("""
        Yeheskel Hasenfeld made a related point about social agencies (Hasenfeld, 1987). Much of a
        worker's power, he argued, comes from the agency's resources and from the client's need for
        them. A client with few other places to turn, like Kwame right now, has little room to
        bargain.
        """),
        md("""
        ## Cause 1: knowledge, expertise and jargon

        Priya knows which rehab centers have beds, what the home-care program asks for, how long
        its wait tends to be, and what the team will accept. Kwame, who has never planned a
        hospital discharge, knows none of this.

        This gap has a name: **information asymmetry**. One side of a relationship knows far more
        than the other about the matter they are deciding together. The gap is not a fault: Priya's
        knowledge is why the hospital employs her, and Kwame needs it. It becomes a problem when the
        knowledge stays on her side of the table. Then only she can weigh the options, spot a
        mistake in the plan, or know what to ask for.
        """),
        md("""
        **Jargon** widens the gap. Jargon is the shorthand of a profession: words and abbreviations
        that are quick and exact for insiders, and close to meaningless for everyone else. In a
        hospital, Kwame will hear terms like these:

        - **SNF** (said “sniff”): a skilled nursing facility. It is a place with nursing care and
          therapy, used here for a short rehab stay.
        - **ADLs**: activities of daily living. These are the basic tasks of looking after
          yourself, such as bathing, dressing, eating and using the toilet.
        - **Level of care**: how much help and supervision a person is judged to need. It runs from
          none at all to nursing care around the clock.
        - **Eligibility determination**: the official decision on whether a person meets a
          program's rules.
        """),
        md("""
        Jargon does quiet work in a conversation. When a worker says, “You're min-assist for ADLs,
        so we're looking at a SNF,” the client hears speed and confidence. Many people in Kwame's
        place will nod rather than admit they are lost. That nod is not agreement; it is what
        expert power looks like from the other side.

        Sharing expert power does not mean pretending not to know things. It means handing the
        knowledge over in a form the client can use:

        - Say the plain words first, and add the term only if the client will meet it again: “The
          team calls this a SNF. It means a rehab center with nurses.”
        - Check understanding by asking the client to say, in their own words, what each option
          would mean for their days. This is often called teach-back.
        - Put the options in writing, in plain language, so the client can read them again and
          show their family.
        - Ask for the client's knowledge in return. Kwame knows his bathroom and his nights better
          than anyone on the team.
        """),
        md("""
        The NASW Code of Ethics (2021) asks social workers to explain the purpose of a service, its
        risks and the reasonable alternatives in clear language the client understands. It also
        asks them to tell clients they may refuse (standard 1.03, Informed Consent). Plain language
        is not just a courtesy. Without it, consent is not informed.
        """),
        exercise(
            "choice", "m02.p2",
            prompt=("At Kwame's bedside, a doctor on the team says: “PT says you're min-assist for ADLs, so we're looking at "
                    "a SNF.” Kwame nods and says, “Whatever you think is best.” What is most likely going on?"),
            options=[
                "Kwame understands the plan and agrees with it.",
                "The jargon turns the team's knowledge into expert power, and Kwame defers because he cannot follow enough to disagree.",
                "Kwame is being resistant: he is hiding his real view on purpose.",
                "The doctor is using legitimate power, because the role gives the right to decide where Kwame goes.",
            ],
            key="The jargon turns the team's knowledge into expert power, and Kwame defers because he cannot follow enough to disagree.",
            feedback={
                "Kwame understands the plan and agrees with it.": (
                    "Nothing shows that he understood. He has just heard three terms he does not know. "
                    "A nod after jargon is a signal to check understanding, not proof of consent."),
                "The jargon turns the team's knowledge into expert power, and Kwame defers because he cannot follow enough to disagree.": (
                    "Yes. He cannot weigh options he cannot follow, so he hands the choice back. The fix is "
                    "plain words, the options in writing, and asking him to say the plan back in his own words."),
                "Kwame is being resistant: he is hiding his real view on purpose.": (
                    "Calling this resistance puts the problem in Kwame. Deferring is a common response to a "
                    "conversation a person cannot follow. The gap was made by the way the plan was explained."),
                "The doctor is using legitimate power, because the role gives the right to decide where Kwame goes.": (
                    "No one on the team has the right to decide this for an adult who can make his own "
                    "decisions. What silences Kwame here is the knowledge gap, which is expert power."),
            },
        ),
        md("""
        ## Cause 2: control over resources and gatekeeping

        The second cause is control over things the client needs. In many agencies, the social
        worker is a **gatekeeper**: the person who decides, or strongly shapes, who gets through to
        a scarce resource. Housing vouchers, emergency funds and home-care hours are all scarce.
        Someone must decide who gets them, and often that person is the worker across the desk.

        The county's home-care program takes referrals only from hospital social
        workers. More people need it than it can serve, so it keeps a waiting list. For Kwame,
        Priya's referral is the door. If she sends it, he has a real chance of going home with an
        aide. If she does not, that option quietly disappears, and he may never learn it existed.
        """),
        md("""
        This is reward power in French and Raven's sense, and clients feel it. A client who depends
        on a service may agree to things he does not want, hide a problem, or avoid disagreeing,
        for fear that the help will stop. Priya never has to make a threat for this to happen: the
        coercive shadow falls by itself.

        Gatekeeping is most powerful when the rules are hidden. **Eligibility criteria** are the
        conditions a person must meet to get a service, such as income, age or need for help with
        daily tasks. When a worker explains the criteria, the client can see why a decision was
        made, supply a missing fact, correct an error, or plan around a “no”. When the criteria stay
        hidden, a decision looks like the worker's personal judgment, and the client can only hope
        or plead.
        """),
        md("""
        Sharing resource power can look like this:

        - Name every option you know of, including ones with a wait and ones outside your agency.
        - Explain the rules, how the client's situation fits them, and what would change the answer.
        - Say plainly what your referral depends on. It must never be a reward for agreeing with you.
        - Tell the client how to appeal if a decision goes against them.

        The NASW Code of Ethics (2021) also asks social workers to press for ways of sharing out
        scarce resources that are open and fair, and applied the same way to everyone.
        """),
        exercise(
            "choice", "m02.p3",
            prompt=("Kwame asks Priya: “If I say no to the rehab place, will you still put me on the home-care "
                    "list?” What is the best reply?"),
            options=[
                "“The team really thinks rehab is best, so let's start there and see.”",
                "“Yes. The referral does not depend on what you decide about rehab. Let me show you what the program looks at.”",
                "“That's not up to me. The program makes its own decisions.”",
                "“Don't worry about that now. We'll sort it all out.”",
            ],
            key="“Yes. The referral does not depend on what you decide about rehab. Let me show you what the program looks at.”",
            feedback={
                "“The team really thinks rehab is best, so let's start there and see.”": (
                    "This dodges his question. He is asking whether help depends on going along with the "
                    "team. Leaving that open lets the coercive shadow do its work."),
                "“Yes. The referral does not depend on what you decide about rehab. Let me show you what the program looks at.”": (
                    "His question shows he fears the referral is a reward for agreeing. A clear answer "
                    "removes that fear, and showing him the program's rules shares the knowledge behind it."),
                "“That's not up to me. The program makes its own decisions.”": (
                    "Half true, and unhelpful. The program decides who gets in, but only Priya's referral "
                    "gets him considered. Denying her part hides the power she holds."),
                "“Don't worry about that now. We'll sort it all out.”": (
                    "Kind in tone, but it answers nothing. Vague comfort keeps the information, and so "
                    "the power, on the worker's side."),
            },
        ),
        md("""
        ## Case: a second setting, the Community Assistance Office

        Gatekeeping is not only a hospital matter. Lena Novak, 52, works as a home health aide. Her
        hours were cut this spring, and she has fallen behind on her electric bill. She comes to
        the county's Community Assistance Office. There, Marcus Bell decides applications for a
        one-time emergency fund.

        The fund's written rules say an applicant must bring a shut-off notice from the power
        company. Lena has a past-due bill, but no notice yet. The rules binder is open on Marcus's
        desk. Lena has never seen it. Walk through the meeting as Marcus.
        """),
        exercise(
            "scenario", "m02.p4",
            prompt="Play Marcus. At each step, choose what you would do, then read what follows.",
            steps={
                "start": {
                    "text": ("Lena hands Marcus her past-due bill. The fund's rules call for a shut-off notice, "
                             "and she does not have one. What does Marcus do?"),
                    "choices": [
                        {"id": "deny", "label": "Tell her she does not qualify, and wish her luck.",
                         "consequence": ("Lena leaves believing the fund is closed to her. When the notice "
                                         "arrives two weeks later, she does not think to come back."),
                         "next": "end-shut"},
                        {"id": "explain", "label": ("Show her the written rule, explain that a shut-off notice "
                                                    "would make her eligible, and tell her how to come back "
                                                    "quickly when one arrives."),
                         "consequence": ("Lena reads the rule for herself. She now knows what the fund needs "
                                         "and what to do next."),
                         "next": "push"},
                        {"id": "pending", "label": ("Take her application anyway and mark it pending, without "
                                                    "explaining the rule."),
                         "consequence": ("Lena waits for weeks for an answer that cannot be yes. She stops "
                                         "looking for other help while she waits."),
                         "next": "end-limbo"},
                    ],
                },
                "push": {
                    "text": ("Lena says: “So I have to wait until they threaten to cut me off? That makes no "
                             "sense.” Marcus privately agrees. What does he do now?"),
                    "choices": [
                        {"id": "other-help", "label": ("Agree that it is frustrating, tell her about the power "
                                                       "company's payment plans and a church fund with other "
                                                       "rules, and raise the rule with his supervisor."),
                         "consequence": ("Lena leaves with two more options and a clear way back to the fund. "
                                         "Marcus's supervisor agrees to take the rule to the next policy review."),
                         "next": "end-open"},
                        {"id": "rules", "label": "Tell her the rules are the rules, and end the meeting.",
                         "consequence": ("Lena knows the rule, but she leaves feeling dismissed, and with no "
                                         "other place to try."),
                         "next": "end-rules"},
                        {"id": "bend", "label": "Approve her anyway, since the rule seems unfair.",
                         "consequence": ("Lena gets the money this time. The next person in her position, who "
                                         "sees another worker, is turned away. The rule stays, and it is now "
                                         "applied unevenly."),
                         "next": "end-bent"},
                    ],
                },
                "end-shut": {"text": "The rule stayed hidden, so Lena could not use it. A hidden rule works like a closed door."},
                "end-limbo": {"text": "Lena was kept waiting without the one fact she needed. Delay without explanation is a quiet form of gatekeeping."},
                "end-open": {"text": "The rule was explained, other doors were named, and the unfair rule was raised with someone who can change it."},
                "end-rules": {"text": "The rule was explained, which helped. But Marcus shared no other options, and Lena's point went nowhere."},
                "end-bent": {"text": "One person was helped, but fairness across clients suffered. Open advocacy could change the rule for everyone."},
            },
            key={"start": "explain", "push": "other-help"},
            feedback={
                "deny": ("A bare “no” hides the rule that would turn it into a “yes”. Lena cannot act on "
                         "criteria she has never been told."),
                "explain": ("Explaining the rule moves knowledge to Lena's side. She can now plan around the "
                            "“not yet” instead of hearing it as a final “no”."),
                "pending": ("This looks like help, but it keeps Lena in the dark. Without the rule, she cannot "
                            "see that her application cannot succeed as it stands."),
                "other-help": ("This shares resource knowledge beyond Marcus's own fund. It also takes the "
                               "unfair rule to someone who can change it, for every applicant."),
                "rules": ("Lena now knows the rule, which is better than silence. But ending the meeting drops "
                          "the other options that Marcus knows about."),
                "bend": ("Bending a rule in private uses the same hidden discretion that harms other clients. "
                         "Fair gatekeeping means one rule for all, plus open work to change a bad rule."),
            },
        ),
        md("""
        ## Cause 3: decision-making authority

        The third cause is authority over decisions. Social workers often sit where a
        life-changing choice gets made: where a child lives, whether benefits start, or where a
        patient goes after the hospital. Some of this authority comes from law and some from agency
        rules. French and Raven would call it legitimate power, because people accept that the role
        carries a right to decide, or to advise those who do.

        At Riverside General, a doctor signs the discharge order, not Priya. But the team will not
        settle a plan without her assessment, and her account of Kwame's home, supports and risks
        shapes what the team believes is safe. If she writes that he “has no support at night”,
        that phrase may count for more than anything Kwame tells the doctors.
        """),
        md("""
        Kwame may find it hard to push back. Many people go along with those they see as in charge,
        especially when they are unwell, tired and away from home. If the team decides and Kwame is
        told afterward, the decision is **imposed**. It may be sound, but it is not his, and a plan
        made for someone is easy to resent and hard to keep.

        A **shared decision** works differently. The worker brings what she knows: the options, the
        facts, the risks and her honest view. The client brings what he knows: his values, his
        home, his limits and the risks he is willing to take. They weigh the choice together, and
        the final say belongs to the client, unless the law says otherwise.
        """),
        md("""
        This is the heart of self-determination. The NASW Code of Ethics (2021) asks social workers
        to respect and promote a client's right to choose their own goals. It allows a worker to
        limit that right only when a client's actions pose a serious, foreseeable and imminent risk
        to the client or others (standard 1.02, Self-Determination). A worker may rightly worry
        about another fall, but an adult who can weigh the risks may choose home over a safety that
        feels like a cage.

        Sharing decision power in Kwame's case might mean:

        - Laying out both options before giving the team's view, so that the recommendation does
          not crowd out his own thinking.
        - Telling him honestly what worries the team, and asking how he would handle nights at home.
        - Showing him what her assessment says, and inviting him to correct it or add to it.
        - Giving him time to talk it over with his niece, Ama, when the timeline allows.
        """),
        exercise(
            "categorize", "m02.p5",
            prompt="Is each moment from Kwame's discharge planning a shared decision or an imposed one?",
            items=[
                "Priya lists both options, asks Kwame what matters most to him, and then gives her own view.",
                "The team picks a rehab center, and Priya tells Kwame the van is booked for 10 a.m.",
                "Priya tells Kwame the team is worried about nights, and asks how he would manage them at home.",
                "Priya hands Kwame a consent form and says, “Just sign here so we can get you out of here.”",
                "Kwame asks for a day to talk it over with Ama, and Priya books a time to meet again.",
                "Priya calls rehab “the plan” and mentions home care only when Kwame asks about it.",
            ],
            categories=["Shared decision", "Imposed decision"],
            key={
                "Priya lists both options, asks Kwame what matters most to him, and then gives her own view.": "Shared decision",
                "The team picks a rehab center, and Priya tells Kwame the van is booked for 10 a.m.": "Imposed decision",
                "Priya tells Kwame the team is worried about nights, and asks how he would manage them at home.": "Shared decision",
                "Priya hands Kwame a consent form and says, “Just sign here so we can get you out of here.”": "Imposed decision",
                "Kwame asks for a day to talk it over with Ama, and Priya books a time to meet again.": "Shared decision",
                "Priya calls rehab “the plan” and mentions home care only when Kwame asks about it.": "Imposed decision",
            },
            feedback={
                "Priya lists both options, asks Kwame what matters most to him, and then gives her own view.": (
                    "Options first, his values next, her view last. Her expertise informs the choice "
                    "without taking it over."),
                "The team picks a rehab center, and Priya tells Kwame the van is booked for 10 a.m.": (
                    "Kwame learns of the decision after it is made. Telling someone the plan is not the "
                    "same as deciding it with them."),
                "Priya tells Kwame the team is worried about nights, and asks how he would manage them at home.": (
                    "She shares the team's real concern instead of hiding it, and treats Kwame as the "
                    "expert on his own nights."),
                "Priya hands Kwame a consent form and says, “Just sign here so we can get you out of here.”": (
                    "A signature without an explanation is not informed consent. The rush also signals that "
                    "his questions are in the way."),
                "Kwame asks for a day to talk it over with Ama, and Priya books a time to meet again.": (
                    "Time to think and to involve the people he trusts keeps the decision his."),
                "Priya calls rehab “the plan” and mentions home care only when Kwame asks about it.": (
                    "Framing one option as already settled imposes it, even though the other option is "
                    "technically offered. How choices are presented is part of the power."),
            },
        ),
        md("""
        ## Putting it together: Priya shares her power

        Here is how the next meeting could go. Priya sits at Kwame's eye level with a one-page sheet
        in plain words, and starts by asking what matters most to him about the next few weeks. He
        says his house, his independence, and not being “parked somewhere”.

        Priya lays out both options. She explains who decides on home care, what the program's rules
        are, and that the wait is about two weeks. She names the team's worry about nights and asks
        what would make them safer. Kwame suggests a bedside commode and a night light, and admits
        that Ama keeps urging him to wear a medical alert button.
        """),
        md("""
        Priya tells him she will send the home-care referral whatever he decides about rehab. She
        shows him her draft assessment, and he corrects one point: his bathroom is on the same floor
        as his bed. Then she gives her honest view and asks what he would like to do.

        Nothing in this meeting takes away Priya's knowledge, her referral or her role. What changes
        is that Kwame can now see them, use them and push back on them. That is power-with, in a
        hospital room.
        """),
        md("""
        ## Graded exercises

        The next five exercises are graded and worth 10 points in all. Each one saves your answer
        without feedback; your instructor scores them later. Most put you in Priya's place.
        """),
        exercise(
            "categorize", "m02.q1", points=2,
            prompt="Which base of power (French & Raven, 1959) is mainly at work in each moment from Kwame's case?",
            items=[
                "Only a hospital social worker's referral can put Kwame on the home-care waiting list.",
                "Kwame stops asking questions once Priya starts talking about “level of care” and “ADLs”.",
                "Hospital policy says no patient leaves until the social worker's discharge assessment is done.",
                "Priya can order a free shower chair and grab bars for Kwame's bathroom from the hospital's equipment fund.",
                "Priya knows which nearby rehab centers have open beds and good therapy, and Kwame takes her word for it.",
                "Kwame signs the forms Priya hands him without reading them, saying, “You're the one in charge of this.”",
            ],
            categories=["Expert power", "Reward power", "Legitimate power"],
            key={
                "Only a hospital social worker's referral can put Kwame on the home-care waiting list.": "Reward power",
                "Kwame stops asking questions once Priya starts talking about “level of care” and “ADLs”.": "Expert power",
                "Hospital policy says no patient leaves until the social worker's discharge assessment is done.": "Legitimate power",
                "Priya can order a free shower chair and grab bars for Kwame's bathroom from the hospital's equipment fund.": "Reward power",
                "Priya knows which nearby rehab centers have open beds and good therapy, and Kwame takes her word for it.": "Expert power",
                "Kwame signs the forms Priya hands him without reading them, saying, “You're the one in charge of this.”": "Legitimate power",
            },
        ),
        exercise(
            "select-all", "m02.q2", points=2,
            prompt=("Priya wants Kwame to know what she knows about his options. Which of these moves share that "
                    "knowledge with him?"),
            options=[
                "Give him a one-page sheet that sets out each option in plain words, with the likely wait.",
                "Use the official terms so the record is exact, and explain them later if he asks.",
                "Explain the home-care program's rules and how his situation fits them.",
                "Leave the waiting list out for now, so that he does not get his hopes up.",
                "Ask him to say, in his own words, what each option would mean for his days.",
                "Handle all the paperwork herself, so that he does not have to deal with the details.",
                "Show him her draft assessment and ask him to correct anything that is wrong.",
            ],
            key=[
                "Give him a one-page sheet that sets out each option in plain words, with the likely wait.",
                "Explain the home-care program's rules and how his situation fits them.",
                "Ask him to say, in his own words, what each option would mean for his days.",
                "Show him her draft assessment and ask him to correct anything that is wrong.",
            ],
        ),
        exercise(
            "choice", "m02.q3", points=1.5,
            prompt=("The home-care program tells Priya a place may open in ten days. One of its rules is that a "
                    "client must be “safe alone at night”; Kwame fell at night, the team leans toward rehab, and "
                    "Kwame wants to go home. What should Priya do?"),
            options=[
                "Leave the night-time fall out of the referral, so that Kwame clearly qualifies for the place he wants.",
                "Hold back the referral: with the team leaning toward rehab, the place should go to someone who clearly qualifies.",
                "Tell Kwame about the opening and the night-time rule, plan with him what would make nights safer, then send an honest referral and agree on a backup plan.",
                "Offer to send the referral once Kwame agrees to start with a week in rehab.",
                "Send the referral without telling Kwame, and let the program's staff explain the rules if he is accepted.",
            ],
            key="Tell Kwame about the opening and the night-time rule, plan with him what would make nights safer, then send an honest referral and agree on a backup plan.",
        ),
        exercise(
            "rank", "m02.q4", points=1.5,
            prompt=("Kwame asks, “So where am I going when I leave?” Order Priya's possible replies from the one "
                    "that shares the decision most to the one that imposes it most."),
            items=[
                "“The team recommends a short rehab stay. Let me know if you have any questions.”",
                "“You'll be at the SNF until your level of care is reassessed.”",
                "“Two real options are open to you. Let me walk you through each one. Then I'd like to hear what matters most to you, before I share the team's view.”",
                "“You're going to rehab for two weeks. The doctor and I agreed it's the safest plan.”",
                "“The team leans toward rehab because of the night-time fall, and I'll explain why. Going home with help is also possible, and the choice is yours.”",
            ],
            top="shares the decision most",
            bottom="imposes it most",
            key=[
                "“Two real options are open to you. Let me walk you through each one. Then I'd like to hear what matters most to you, before I share the team's view.”",
                "“The team leans toward rehab because of the night-time fall, and I'll explain why. Going home with help is also possible, and the choice is yours.”",
                "“The team recommends a short rehab stay. Let me know if you have any questions.”",
                "“You're going to rehab for two weeks. The doctor and I agreed it's the safest plan.”",
                "“You'll be at the SNF until your level of care is reassessed.”",
            ],
        ),
        md("""
        The last graded exercise asks you to share knowledge in plain words. The note below comes
        from Kwame's chart. A good rewrite keeps the facts Kwame needs, makes clear who decides,
        and tells him what happens next.
        """),
        exercise(
            "rewrite", "m02.q5", points=3,
            prompt=("Rewrite this chart note as a short message to Kwame, in plain language. Say what each "
                    "abbreviation or term means instead of using it, and keep your sentences short."),
            original=CHART_NOTE,
            key=REWRITE_KEY,
            answer=REWRITE_ANSWER,
        ),
        reflection(
            "m02-reflection",
            """
            ## Reflection

            *5 points, graded by your instructor.* Think of one piece of professional knowledge you
            now hold that many clients do not: a term, a rule, a deadline, or how a service really
            works. In about 250 to 400 words:

            1. Name it, and say why a client might not know it.
            2. Describe a moment in practice when it could silence a client or steer a decision.
               Which base of power would be at work?
            3. Explain how you would share it, in words a client could use.
            4. Say what power you would still hold after sharing it, and how you would be open
               about that.

            Write your answer in the cell below.
            """,
            [
                ("Names specific knowledge", 1,
                 "Names one specific piece of knowledge (a term, rule, deadline or process) and gives a believable "
                 "reason a client would not know it."),
                ("Shows how it could silence a client", 1,
                 "Describes a concrete moment where the gap would limit the client's voice or choice, and names "
                 "the base of power at work (expert, reward or legitimate; French & Raven, 1959)."),
                ("Plans how to share it", 2,
                 "Gives concrete, realistic steps (plain words, teach-back, written options, explaining the rules "
                 "or the right to appeal) and says what the client could then do that they could not before."),
                ("Is honest about the power that remains", 1,
                 "Recognizes what the worker still holds after sharing (a referral, an assessment, a role) and "
                 "says how they would be open about it with the client."),
            ],
            """
            In my field placement at a housing agency I learned that the rent-help program has a written
            rule: applicants must show they were behind on rent for less than three months. Most clients
            never see this rule. They only hear “you qualify” or “you don't”. If a client came in after
            four months, I could say “you don't qualify” and move on. The client would leave thinking the
            agency had judged them, not that a rule had been applied, and they could not argue with a rule
            they had never seen. That is expert power joined to reward power: I know the rule, and I hold
            the form. To share it, I would show the client the rule on paper and explain it in one or two
            plain sentences. I would ask them to tell me how their dates fit, since they may know a fact
            that changes the answer, such as a partial payment. I would also name other funds with other
            rules, and explain how to ask for a review. Even after all this, I would still be the person who
            fills in the form and writes the case note. I would say that openly: “I send the form, and here
            is exactly what I will write. Tell me if anything is wrong.”
            """,
        ),
        md("""
        ## Key points

        - Expert, reward and legitimate power (French & Raven, 1959) each give a worker influence, and each depends on what the client believes and needs.
        - Jargon turns knowledge into distance: a nod after jargon may signal confusion, not consent.
        - A gatekeeper shapes who gets through to a scarce service. Explained rules let a client act; hidden rules leave them hoping.
        - A service that can be given can be held back, so say clearly what a referral depends on and what it does not.
        - A shared decision sets the worker's facts and honest view beside the client's values and knowledge of their own life, and leaves the final say with the client (NASW 1.02 and 1.03).
        - Sharing power does not mean giving up knowledge or judgment. It means making them visible and usable.
        """),
        md("""
        ## References

        - Follett, M. P. (1924). [The source of the terms *power-over* and *power-with*; cited by author
          and year only.]
        - French, J. R. P., & Raven, B. (1959). The bases of social power. In D. Cartwright (Ed.), *Studies in social power* (pp. 150–167).
        - Hasenfeld, Y. (1987). Power in social work practice. *Social Service Review*.
        """),
    ],
)
