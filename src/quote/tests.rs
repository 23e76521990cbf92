//! Quote detection and attribution on short wire-style texts written for
//! these tests (names are invented or generic).

use crate::{Document, Extractor, QuoteKind};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

/// (quote text, kind, speaker text, speaker canonical)
type Expected = (
    &'static str,
    QuoteKind,
    Option<&'static str>,
    Option<&'static str>,
);

/// (quote text, kind, speaker text, speaker canonical, rule)
type Described = (
    String,
    QuoteKind,
    Option<String>,
    Option<String>,
    &'static str,
);

fn describe(doc: &Document<'_>) -> Vec<Described> {
    doc.quotes()
        .map(|q| {
            let s = q.speaker();
            (
                q.as_str().to_string(),
                q.kind(),
                s.map(|s| s.as_str().to_string()),
                s.and_then(|s| s.canonical().map(str::to_string)),
                q.rule(),
            )
        })
        .collect()
}

fn check(text: &str, expected: &[Expected]) {
    let doc = extractor().extract(text);
    let got = describe(&doc);
    let want: Vec<_> = expected
        .iter()
        .map(|(q, k, s, c)| {
            (
                q.to_string(),
                *k,
                s.map(str::to_string),
                c.map(str::to_string),
            )
        })
        .collect();
    let got_cmp: Vec<_> = got
        .iter()
        .map(|(q, k, s, c, _)| (q.clone(), *k, s.clone(), c.clone()))
        .collect();
    assert_eq!(
        got_cmp,
        want,
        "\ntext: {text}\nrules: {:?}",
        got.iter().map(|g| g.4).collect::<Vec<_>>()
    );
    for q in doc.quotes() {
        if let Some(s) = q.speaker() {
            assert!(!q.span().overlaps(s.span()), "speaker inside quote: {text}");
        }
    }
    let starts: Vec<usize> = doc.quotes().map(|q| q.span().start).collect();
    assert!(
        starts.windows(2).all(|w| w[0] < w[1]),
        "quotes not sorted: {text}"
    );
}

macro_rules! quote_cases {
    ($($name:ident: $text:expr => [$(($q:expr, $k:ident, $s:expr, $c:expr)),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                check($text, &[$(($q, QuoteKind::$k, $s, $c)),*]);
            }
        )*
    };
}

quote_cases! {
    empty_text: "" => [];

    participle_of_a_with_clause_has_the_name_after_with_for_subject:
        "Republicans were quick to chime in, with Dana Velsko tweeting that it was a disaster and asking, \"How can she lead?\""
        => [("How can she lead?", Direct, Some("Dana Velsko"), Some("Dana Velsko"))];

    phrase_cue_after_a_verbs_object_leaves_the_quote_to_the_sentence_subject:
        "One early supporter, Representative Dana Velsko, gave the technique a whirl in an interview with CNN: \"You can easily argue it.\""
        => [("You can easily argue it.", Direct, Some("Dana Velsko"), Some("Dana Velsko"))];

    age_and_what_the_person_is_name_the_person_last_spoken_of:
        "Hussein Velsko walks through what used to be his living room.\n\n\"This is where we ate,\" says the 58-year-old tobacco farmer."
        => [("This is where we ate,", Direct, Some("the 58-year-old tobacco farmer"), Some("Hussein Velsko"))];

    organisation_named_before_the_noun_of_its_kind:
        "\"We did it,\" the Islamic State group said in a statement."
        => [("We did it,", Direct, Some("the Islamic State group"), Some("Islamic State"))];

    given_name_with_an_age_is_no_known_person_of_that_name:
        "Mayor Dana Velsko cut the ribbon.\n\nThe Haddads' older son, Omar, 17, worked the register.\n\n\"My dad made me practise all week,\" he said."
        => [("My dad made me practise all week,", Direct, Some("he"), Some("Omar"))];

    person_set_off_by_an_apposition_before_the_cue_speaks_not_its_object:
        "Incident commander Dana Velsko, a volunteer for 19 years, described the search:\n\n\"We had teams on foot.\""
        => [("We had teams on foot.", Direct, Some("Dana Velsko"), Some("Dana Velsko"))];

    long_subject_holding_a_dollar_amount:
        "\u{201c}They have to decide,\u{201d} Fight for $15 organizing director Dana Velsko told reporters."
        => [("They have to decide,", Direct, Some("Dana Velsko"), Some("Dana Velsko"))];

    named_person_and_others_speaking_together:
        "Rep. Dana Velsko led the letter.\n\n\"The people deserve to know,\" Velsko and 25 of her colleagues wrote."
        => [("The people deserve to know,", Direct, Some("Velsko and 25 of her colleagues"), Some("Dana Velsko"))];

    quote_paragraph_after_a_paragraph_about_a_person_is_theirs:
        "Scientists warn that the harm will last. Prof Kofi Velsko, a hydrologist at the University of Ghana, has sampled the river for six years.\n\n\u{201c}Mercury does not disappear. It settles in the sediment and enters the fish.\u{201d}"
        => [("Mercury does not disappear. It settles in the sediment and enters the fish.", Direct, Some("Kofi Velsko"), Some("Kofi Velsko"))];

    closing_report_tags_a_partial_quote_after_a_relative_clause_cue:
        "The media regulator Ofvarn fined a website on Monday.\n\nZelvo, which says it has 3 million users, did not introduce \u{201c}highly effective\u{201d} checks, the regulator said."
        => [("highly effective", Partial, Some("the regulator"), Some("Ofvarn"))];

    the_spokesperson_is_the_voice_of_the_company_it_was_introduced_with:
        "A Zelvo spokesperson said the company was reviewing the code. \"We share the goal,\" the spokesperson said."
        => [("We share the goal,", Direct, Some("the spokesperson"), Some("Zelvo"))];

    she_after_a_spokeswoman_who_reported_is_the_spokeswoman:
        "Dana Velsko toured the county.\n\nA spokeswoman for the Zelvonia Farmers Union said the union would stay neutral. \"Our job is to help growers,\" she said."
        => [("Our job is to help growers,", Direct, Some("she"), Some("Zelvonia Farmers Union"))];

    relative_clause_cue_of_no_one_named_leaves_the_report_to_the_cue_before_it:
        "Dana Velsko, a pollster, said the real news was the share of voters who say they are undecided.\n\n\"The pool is getting smaller.\""
        => [("The pool is getting smaller.", Direct, Some("Dana Velsko"), Some("Dana Velsko"))];

    official_at_an_organisation_named_by_its_noun:
        "Zelvonia's Coffee and Cocoa Council said it was monitoring conditions.\n\n\"It is too early to revise our estimates,\" an official at the council told reporters."
        => [("It is too early to revise our estimates,", Direct, Some("an official at the council"), Some("Coffee and Cocoa Council"))];

    spokesperson_for_an_organisation_with_its_acronym_in_brackets:
        "\"Rescue operations are continuing,\" a spokesperson for the Zelvonian Emergency Management Agency (ZEMA) said."
        => [("Rescue operations are continuing,", Direct, Some("a spokesperson for the Zelvonian Emergency Management Agency"), Some("Zelvonian Emergency Management Agency"))];

    actor_tells_no_gender:
        "Actor Shabnam Velsko said she was shattered.\n\n\"He taught me how to cry,\" she added."
        => [("He taught me how to cry,", Direct, Some("she"), Some("Shabnam Velsko"))];

    gender_of_a_given_name_the_census_finds_rare_is_not_taken:
        "The retired fisherman Tam Orvik, 83, walked slowly.\n\n\"She went out in a gale,\" he said."
        => [("She went out in a gale,", Direct, Some("he"), Some("Tam Orvik"))];

    smt_abbreviation_is_a_title:
        "\"We are not against the workers,\" said Smt. Roopa Velsko, a member of the assembly."
        => [("We are not against the workers,", Direct, Some("Roopa Velsko"), Some("Roopa Velsko"))];

    possessive_after_an_initialism_ends_no_sentence:
        "\"It is modest,\" Dr. Ana Ruiz, director of the F.D.A.'s neuroscience office, said."
        => [("It is modest,", Direct, Some("Ana Ruiz"), Some("Ana Ruiz"))];

    office_or_campaign_after_his_or_her_speaks_for_the_person:
        "Gov. Tomas Orvik vetoed the bill. His office called the vote \"a mistake.\" Ana Ruiz is running too. \"We are confident,\" her campaign said."
        => [("a mistake.", Partial, Some("His office"), Some("Tomas Orvik")),
            ("We are confident,", Direct, Some("her campaign"), Some("Ana Ruiz"))];

    capitalised_arabic_article_opening_a_sentence_is_the_same_surname:
        "Leila al-Zarqawi runs the clinic. Al-Zarqawi said supplies were short. \"We ration everything,\" she said."
        => [("We ration everything,", Direct, Some("she"), Some("Leila al-Zarqawi"))];

    alderman_abbreviation_is_a_title:
        "\"We cannot gamble with this,\" Ald. Dorota Velsko said."
        => [("We cannot gamble with this,", Direct, Some("Dorota Velsko"), Some("Dorota Velsko"))];

    infinitive_cue_leaves_the_report_to_the_cue_before_it:
        "Ana Ruiz said cities were making choices once left to state regulators.\n\n\"We cannot wait for the legislature.\""
        => [("We cannot wait for the legislature.", Direct, Some("Ana Ruiz"), Some("Ana Ruiz"))];

    phrase_ending_in_a_gerund_is_no_cue_s_subject:
        "Ana Ruiz told the court that banking rules at the time \"placed the burden on the board\" rather than on him."
        => [("placed the burden on the board", Partial, Some("Ana Ruiz"), Some("Ana Ruiz"))];

    weak_verb_in_the_passive_names_no_speaker:
        "In a statement, a Zelvo University spokeswoman said the study was 'exactly the kind of research' the university wanted to be known for."
        => [("exactly the kind of research", Partial, Some("a Zelvo University spokeswoman"), Some("Zelvo University"))];

    verbs_of_deriding_and_branding_report_words:
        "It also included $2 billion for courts, money Ana Ruiz derided as a \"slush fund.\" Zelvonia branded its rival an \"outlaw nation.\""
        => [("slush fund.", Partial, Some("Ana Ruiz"), Some("Ana Ruiz")),
            ("outlaw nation.", Partial, Some("Zelvonia"), Some("Zelvonia"))];

    name_set_off_after_a_person_noun_keeps_its_gender:
        "Rachel Orvik, a philanthropist, spoke. Along with her husband, Milton Orvik, she has given to many. \"I feel bad to say it,\" she said."
        => [("I feel bad to say it,", Direct, Some("she"), Some("Rachel Orvik"))];

    phrase_after_to_is_no_cue_s_subject:
        "Ana Ruiz urged residents to keep phones charged and to have \"more than one way\" to get warnings."
        => [("more than one way", Partial, Some("Ana Ruiz"), Some("Ana Ruiz"))];

    quote_paragraph_after_an_organisation_issues_a_statement_is_the_statement:
        "Zelvo Corp. issued a statement on Monday.\n\n“We regret the error and will fix it.”"
        => [("We regret the error and will fix it.", Direct, Some("Zelvo Corp."), Some("Zelvo Corp."))];

    the_statement_is_the_words_of_who_issued_it_before:
        "Zelvo Corp. said in a statement that talks had failed. Workers marched.\n\n“We will not reopen the mine,” the statement said."
        => [("We will not reopen the mine,", Direct, Some("the statement"), Some("Zelvo Corp."))];

    title_before_the_name_set_off_after_a_description:
        "“She did not speak English,” said her daughter, Dr. Kia Orvik, a pediatrician."
        => [("She did not speak English,", Direct, Some("Kia Orvik"), Some("Kia Orvik"))];

    counsel_submits_in_court:
        "Advocate General K. Zelvan Orvik said the state had acted.\n\n“The State is not sitting idle,” he submitted."
        => [("The State is not sitting idle,", Direct, Some("he"), Some("K. Zelvan Orvik"))];

    the_group_is_the_organisation_that_opened_the_sentence_before:
        "The Zelvan Patients Association welcomed the ruling. “Every option matters,” the group said in a statement.\n\n\
         The Orvik Group cut jobs. A crowd gathered. Protesters marched.\n\n“Power to the people!” the group shouted."
        => [("Every option matters,", Direct, Some("the group"), Some("Zelvan Patients Association")),
            ("Power to the people!", Direct, Some("the group"), None)];

    the_statement_opening_its_sentence_names_the_subject_after_it:
        "In a statement, Zelvo University said its committee had met. “The committee could not verify the data,” the statement said."
        => [("The committee could not verify the data,", Direct, Some("the statement"), Some("Zelvo University"))];

    the_club_is_the_club_that_spoke_before_by_its_city_s_name:
        "Leeds beat Norwich 2-0. Leeds later said Sam Orvik had a strain.\n\n\
         \"Sam felt his hamstring late in the game,\" the club said in a statement."
        => [("Sam felt his hamstring late in the game,", Direct, Some("the club"), Some("Leeds United"))];

    passive_of_a_verb_of_two_words_leaves_the_quote_to_the_report:
        "Her label, Sony Music, said the album would be pushed back until “Mariana is ready, and not a day before.”"
        => [("Mariana is ready, and not a day before.", Direct, Some("Sony Music"), Some("Sony Music Entertainment"))];

    used_to_say:
        "Ana Orvik used to say, “A scientist who does not get wet is a historian.”"
        => [("A scientist who does not get wet is a historian.", Direct, Some("Ana Orvik"), Some("Ana Orvik"))];

    words_going_on_from_a_partial_quote_are_no_tag:
        "The Zelvo militia said in a statement that its fighters were “nowhere near” the road and accused the army of lying."
        => [("nowhere near", Partial, Some("The Zelvo militia"), None)];

    level_of_government_before_a_title_is_no_cue:
        "David Orvik drew boos when he called former state Sen. Ruth Zelvan \"a Lansing lifer.\""
        => [("a Lansing lifer.", Partial, Some("he"), Some("David Orvik"))];

    the_party_is_one_the_gazetteers_know_as_a_party:
        "The move was welcomed by the opposition Law and Justice party, which had pressed for it. “Better late than never,” the party said."
        => [("Better late than never,", Direct, Some("the party"), Some("Law and Justice"))];

    name_after_a_participle_cue_opens_what_was_said:
        "Prosecutor Smita Gawde opposed the plea, saying Faizal Orvik held the keys. “He is no bystander,” she told the court."
        => [("He is no bystander,", Direct, Some("she"), Some("Smita Gawde"))];

    family_name_first_gives_no_gender:
        "Jo Roe spoke first. Lee Soo-jin, an analyst at Zelvo Securities, said the deal would help. She said it was “a good start.”"
        => [("a good start.", Partial, Some("She"), Some("Lee Soo-jin"))];

    title_after_the_between_comma_and_name:
        "The trust's chair, the Rev Ana Roe, said: “We have rebuilt.”"
        => [("We have rebuilt.", Direct, Some("Ana Roe"), Some("Ana Roe"))];

    stop_word_opening_a_title_opens_no_phrase_without_a_comma:
        "Party leader Ana Roe said it was fine and warned, “Patience is not infinite.”"
        => [("Patience is not infinite.", Direct, Some("Ana Roe"), Some("Ana Roe"))];

    phrase_after_the_cue_that_a_preposition_opens_is_no_one:
        "Inspector Ana Roe, of the city police's crime unit, said outside court: “This was a senseless attack.”"
        => [("This was a senseless attack.", Direct, Some("Ana Roe"), Some("Ana Roe"))];

    organisation_before_a_place_is_the_subject:
        "The Zelvo Embassy in Lima said it was “not aware of the specifics of the case.”"
        => [("not aware of the specifics of the case.", Partial, Some("Zelvo Embassy"), Some("Zelvo Embassy"))];

    lower_case_title_between_the_comma_and_the_name:
        "Roe's counsel, advocate Vinod Kumar Mishra, argued that his client was \"a scapegoat for a systemic failure\"."
        => [("a scapegoat for a systemic failure", Partial, Some("Vinod Kumar Mishra"), Some("Vinod Kumar Mishra"))];

    gender_learnt_from_a_possessive_after_the_name:
        "Marvin Orvik sued the school. Tarla Makaeff dropped her case last year. “I'm 76 and tired,” he said."
        => [("I'm 76 and tired,", Direct, Some("he"), Some("Marvin Orvik"))];

    gender_learnt_from_a_reported_clause_after_the_name:
        "“Modest for whom?” Sen. Hamid Orvik asked. The chairman, Sen. R.J. Zelvan, praised her.\n\nZelvan told reporters that he expected a vote next week.\n\n“We'll have the votes,” he said."
        => [("Modest for whom?", Direct, Some("Hamid Orvik"), Some("Hamid Orvik")),
            ("We'll have the votes,", Direct, Some("he"), Some("R.J. Zelvan"))];

    participle_after_a_phrase_cue_is_no_speaker:
        "The Zelvan Ministry of Foreign Affairs called the deal “a victory for good neighbourliness” in a statement issued after the session."
        => [("a victory for good neighbourliness", Partial, Some("Zelvan Ministry of Foreign Affairs"), Some("Zelvan Ministry of Foreign Affairs"))];

    object_of_a_participle_after_the_quote_is_cited_not_the_speaker:
        "The Zelvan Democratic Party said in a statement that turnout \"could break every record we have,\" citing early requests for ballots."
        => [("could break every record we have,", Partial, Some("Zelvan Democratic Party"), Some("Zelvan Democratic Party"))];

    person_in_apposition_to_the_subject_of_a_later_cue:
        "The committee's chairman, Sen. R.J. Zelvan of South Dakota, defended the nominee as “exactly the kind of jurist we need” and noted that she was rated well."
        => [("exactly the kind of jurist we need", Partial, Some("R.J. Zelvan"), Some("R.J. Zelvan"))];

    cue_word_inside_the_phrase_after_a_report_names_no_one:
        "The Zelvo Pharmacy Association said in written testimony that the bill “targets the wrong part of the supply chain.” The Orvik Library Association praised the decision, saying in a statement that libraries “exist to serve the whole community.”"
        => [("targets the wrong part of the supply chain.", Partial, Some("Zelvo Pharmacy Association"), Some("Zelvo Pharmacy Association")),
            ("exist to serve the whole community.", Partial, Some("Orvik Library Association"), Some("Orvik Library Association"))];

    participle_after_a_clause_whose_verb_reports_by_chance:
        "Rep. Ignatius Orvik called on the speaker to act while the inquiry continues, saying the House “cannot police itself.”"
        => [("cannot police itself.", Partial, Some("Ignatius Orvik"), Some("Ignatius Orvik"))];

    participle_goes_with_a_person_acting_when_a_thing_is_the_subject:
        "A bipartisan agreement fell apart after Sen. Hope Orvik of New Mexico withdrew her support, saying the package had been “gutted in the dark” by negotiators. The spokesman said there was no call planned with Zelvan, adding: “If one is proposed we will consider it.”"
        => [("gutted in the dark", Partial, Some("Hope Orvik"), Some("Hope Orvik")),
            ("If one is proposed we will consider it.", Direct, Some("The spokesman"), None)];

    single_quote_running_over_two_paragraphs:
        "DCI Ana Orvik, of Zelvo Police, said: ‘We are treating this as a deliberate attack.\n\n‘I would urge anyone nearby to come forward.’\n\nThe centre reopened."
        => [("We are treating this as a deliberate attack.", Direct, Some("Ana Orvik"), Some("Ana Orvik")),
            ("I would urge anyone nearby to come forward.", Direct, Some("Ana Orvik"), Some("Ana Orvik"))];

    age_before_a_role_keeps_the_description_plain:
        "Every morning Wilson Kiprotich Langat walks to the track. “The watch tells you what happened,” the 71-year-old coach said."
        => [("The watch tells you what happened,", Direct, Some("the 71-year-old coach"), Some("Wilson Kiprotich Langat"))];

    the_league_is_the_organisation_that_spoke_before:
        "The Zelvo Basketball Association said it would retire his jersey. “He is everything this sport should be,” the league said."
        => [("He is everything this sport should be,", Direct, Some("the league"), Some("Zelvo Basketball Association"))];

    role_named_in_apposition_earlier:
        "The director general, Lt Col Ana Roe, told the committee that 900 people had crossed. Jo Orvik, of the opposition, asked why. “They were grounded,” the director general replied."
        => [("They were grounded,", Direct, Some("the director general"), Some("Ana Roe"))];

    who_a_phrase_ending_in_to_names_is_spoken_to:
        "Tomas Reyes, who covers banks at Zelvo Capital, called the price \"rich but fair\" in a note to clients."
        => [("rich but fair", Partial, Some("Tomas Reyes"), Some("Tomas Reyes"))];

    person_before_a_preposition_is_the_speaker_not_the_organisation_after_it:
        "Noa Orvik of the opposition Zelvo party called the bill \"a lifeboat for three\" on Monday."
        => [("a lifeboat for three", Partial, Some("Noa Orvik"), Some("Noa Orvik"))];

    place_after_a_preposition_belongs_to_the_description_before_a_name:
        "\"We have seen this before,\" the European Union's ambassador in Lima, Ana Ruiz, told reporters."
        => [("We have seen this before,", Direct, Some("Ana Ruiz"), Some("Ana Ruiz"))];

    second_quote_in_the_clause_of_a_cue_is_the_same_speaker_s:
        "The spokesman, Tomas Reyes, said the vote was \"premature\" but that the minister had \"lost the confidence of the country.\""
        => [("premature", Partial, Some("Tomas Reyes"), Some("Tomas Reyes")),
            ("lost the confidence of the country.", Partial, Some("Tomas Reyes"), Some("Tomas Reyes"))];

    it_speaks_for_an_organisation_of_this_paragraph_or_the_one_before:
        "Microsoft sued.\n\nThe case drags on.\n\nA letter arrived. “We object,” it said.\n\nGoogle replied. “We disagree,” it said."
        => [("We object,", Direct, Some("it"), None),
            ("We disagree,", Direct, Some("it"), Some("Google"))];

    base_form_before_a_subject_with_its_own_cue_is_a_word_of_the_subject:
        "“We are ready,” state officials said. “We are not,” say analysts."
        => [("We are ready,", Direct, Some("state officials"), None),
            ("We are not,", Direct, Some("analysts"), None)];

    quote_over_paragraphs_takes_its_own_attribution_over_the_speaker_before:
        "“It is over,” said Ana Ruiz, an employee.\n\n“We waited for years. Years!\n\n“Now they tell us to wait again,” said Tomas Reyes, a farmer."
        => [("It is over,", Direct, Some("Ana Ruiz"), Some("Ana Ruiz")),
            ("We waited for years. Years!", Direct, Some("Tomas Reyes"), Some("Tomas Reyes")),
            ("Now they tell us to wait again,", Direct, Some("Tomas Reyes"), Some("Tomas Reyes"))];

    role_is_not_given_to_someone_set_off_as_something_else:
        "“We are tired,” said Tomas Reyes, a farmer.\n\n“We are ready,” the minister said."
        => [("We are tired,", Direct, Some("Tomas Reyes"), Some("Tomas Reyes")),
            ("We are ready,", Direct, Some("the minister"), None)];

    role_in_apposition_names_the_person:
        "Tomas Reyes, a senator from Ohio, spoke first. “We are ready,” the senator said."
        => [("We are ready,", Direct, Some("the senator"), Some("Tomas Reyes"))];

    a_justice_is_the_judge_later:
        "Justice Wanja Roe granted bail on Monday.\n\n“The delay is not his doing,” the judge wrote."
        => [("The delay is not his doing,", Direct, Some("the judge"), Some("Wanja Roe"))];

    post_nominal_letters_after_a_name_in_apposition:
        "His barrister, Nadia Roe KC, said: “He is not a monster.”"
        => [("He is not a monster.", Direct, Some("Nadia Roe"), Some("Nadia Roe"))];

    title_of_several_words_after_a_description:
        "The top currency official, Vice Finance Minister Kenji Zelva, said: “We are watching.”"
        => [("We are watching.", Direct, Some("Kenji Zelva"), Some("Kenji Zelva"))];

    a_given_name_with_accents_tells_the_gender:
        "Ana Zelva recorded albums with the composer Ramón Orvik, whom she married in 1964.\n\nIn 1961 she played Carnegie Hall, an evening she later described as “the night the Americans learned to cry.”"
        => [("the night the Americans learned to cry.", Partial, Some("she"), Some("Ana Zelva"))];

    paragraph_of_a_quote_after_one_that_speaks_of_one_person:
        "The first thing Dr. Ana Zelva does each morning is taste the water. Not from a flask, but from the fountain where farmers queue.\n\n“People think engineering is numbers. It is mostly trust.”"
        => [("People think engineering is numbers. It is mostly trust.", Direct, Some("Ana Zelva"), Some("Ana Zelva"))];

    cue_in_the_passive_of_no_one_leaves_the_report_before_it:
        "Jo Zelva, a lawyer, said his clients had been questioned about their sources.\n\n“My clients have been held for 117 days.”"
        => [("My clients have been held for 117 days.", Direct, Some("Jo Zelva"), Some("Jo Zelva"))];

    one_asked_in_the_passive_answers_in_the_paragraph_after:
        "In an interview, she was asked about her songs. Ana Zelva smiled.\n\nLater, Ana Zelva was asked about her reputation.\n\n“I never sang a song I did not believe.”"
        => [("I never sang a song I did not believe.", Direct, Some("Ana Zelva"), Some("Ana Zelva"))];

    base_form_between_an_organisation_and_a_title_is_the_title_s:
        "“We will win,” BJP state president Shankar Zelva told reporters."
        => [("We will win,", Direct, Some("Shankar Zelva"), Some("Shankar Zelva"))];

    relation_title_in_apposition_tells_the_gender:
        "Ana Zelva spoke. Her interest began with her grandfather, S. Orvik, a teacher in Madurai.\n\n“I still think that,” she says."
        => [("I still think that,", Direct, Some("she"), Some("Ana Zelva"))];

    ly_noun_after_a_possessive_is_no_adverb:
        "“We are devastated,” the victim's family said."
        => [("We are devastated,", Direct, Some("the victim's family"), None)];

    subject_then_colon_without_speech_verb:
        "Prime Minister Lena Strand was more blunt: “Words are cheap.”"
        => [("Words are cheap.", Direct, Some("Lena Strand"), Some("Lena Strand"))];

    name_with_a_connector_inside_a_description:
        "One Club for Zelvo Growth ad, which is airing now, argues that “only Zelvo can win.”"
        => [("only Zelvo can win.", Partial, Some("One Club for Zelvo Growth ad"), None)];

    place_before_colon_is_no_speaker:
        "In Oslo: “Words are cheap.”"
        => [("Words are cheap.", Direct, None, None)];

    description_then_name_in_apposition:
        "A spokeswoman for the ministry, Ana Ruiz, said the office had “no comment at this stage.”"
        => [("no comment at this stage.", Partial, Some("Ana Ruiz"), Some("Ana Ruiz"))];

    words_after_the_cue_begin_the_reported_clause:
        "Ana Ruiz, a spokeswoman, said the office had “no comment.”"
        => [("no comment.", Partial, Some("Ana Ruiz"), Some("Ana Ruiz"))];

    quote_then_name_said:
        "“We are ready to talk,” Maria Lopez said."
        => [("We are ready to talk,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    quote_then_said_name:
        "“There is no deal yet,” said John Harper."
        => [("There is no deal yet,", Direct, Some("John Harper"), Some("John Harper"))];

    quote_then_as_name_put_it:
        "The plan would “leave the town behind,” as Maria Lopez put it on Monday."
        => [("leave the town behind,", Partial, Some("Maria Lopez"), Some("Maria Lopez"))];

    quote_then_as_soon_as_is_no_tag:
        "“The bridge is closed,” as soon as the river rose."
        => [("The bridge is closed,", Direct, None, None)];

    quote_then_name_apposition_said:
        "“The vote was fair,” Peter Novak, a senior official of the election commission, said."
        => [("The vote was fair,", Direct, Some("Peter Novak"), Some("Peter Novak"))];

    quote_then_name_party_and_state_said:
        "“The bill will pass,” Sen. Ana Ruiz, D-Ore., said Tuesday."
        => [("The bill will pass,", Direct, Some("Ana Ruiz"), Some("Ana Ruiz"))];

    name_party_and_abbreviated_state_before_cue:
        "Sen. Ana Ruiz, R-Calif., told reporters, “The bill will pass.”"
        => [("The bill will pass.", Direct, Some("Ana Ruiz"), Some("Ana Ruiz"))];

    name_of_the_organisation_said:
        "“Tax cuts do not work,” Tom Mann of the Brookings Institution said."
        => [("Tax cuts do not work,", Direct, Some("Tom Mann"), Some("Tom Mann"))];

    description_with_a_phrase_after_a_preposition:
        "A spokesman for the campaign said, “We will not comment.”"
        => [("We will not comment.", Direct, Some("A spokesman for the campaign"), None)];

    unnamed_spokesperson_speaks_for_the_organisation_named_with_them:
        "“We are ready,” a UNICEF spokesperson said. A spokeswoman for the World Health Organization said stocks were low. “Supplies run out next week,” the spokeswoman said."
        => [("We are ready,", Direct, Some("a UNICEF spokesperson"), Some("UNICEF")),
            ("Supplies run out next week,", Direct, Some("the spokeswoman"), Some("World Health Organization"))];

    spokesperson_of_a_kind_of_organisation_speaks_for_the_one_last_named:
        "The Ministry of Housing said repairs would start soon. “This is the largest rebuilding we have done,” a ministry spokesperson said."
        => [("This is the largest rebuilding we have done,", Direct, Some("a ministry spokesperson"), Some("Ministry of Housing"))];

    courtesy_title_then_a_role_gives_the_role_to_a_later_description:
        "Delivering judgment, Ms Justice Aoife Zelvan said the board erred.\n\n“It did not do so,” the judge said."
        => [("It did not do so,", Direct, Some("the judge"), Some("Aoife Zelvan"))];

    spokesperson_after_an_inverted_cue_speaks_for_the_organisation_after_for:
        "“Measles spreads fast,” said a spokesperson for the UK Health Security Agency. The Fraternal Order of Police urged calm. “Our officer had a second,” a spokesperson for the union said."
        => [("Measles spreads fast,", Direct, Some("a spokesperson"), Some("UK Health Security Agency")),
            ("Our officer had a second,", Direct, Some("a spokesperson for the union"), Some("Fraternal Order of Police"))];

    verb_of_thinking_in_the_reported_clause_leaves_the_report_to_the_cue_before:
        "Water Director Alan Zelvo told the council that the utility assumed further cuts.\n\n“Our supply is not guaranteed anymore.”\n\nThe next meeting is in May."
        => [("Our supply is not guaranteed anymore.", Direct, Some("Alan Zelvo"), Some("Alan Zelvo"))];

    statement_of_an_organisation_a_noun_names_is_its_words:
        "The Federal Reserve held rates steady on Wednesday.\n\n“Uncertainty about the outlook has increased,” the central bank’s policy statement said."
        => [("Uncertainty about the outlook has increased,", Direct, Some("the central bank’s policy statement"), Some("Federal Reserve"))];

    organisation_after_a_preposition_inside_an_apposition_is_not_the_subject:
        "Steffen Zelvandl, managing director of Zelvo Praezision, a machine-tool maker, said: “Orders dried up.”"
        => [("Orders dried up.", Direct, Some("Steffen Zelvandl"), Some("Steffen Zelvandl"))];

    office_of_a_country_is_its_holder_named_before:
        "Volodymyr Zelensky toured a factory. “We will win,” the Ukrainian president said. Abraham Lincoln was quoted too. “Hold firm,” the American president said."
        => [("We will win,", Direct, Some("the Ukrainian president"), Some("Volodymyr Zelenskyy")),
            ("Hold firm,", Direct, Some("the American president"), None)];

    name_in_apposition_after_an_inverted_cue:
        "“We are stuck,” said the party's new leader, Tom Rusk."
        => [("We are stuck,", Direct, Some("Tom Rusk"), Some("Tom Rusk"))];

    name_in_apposition_after_a_modifying_name:
        "“We are stuck,” said the successor of Ann Welby, Tom Rusk."
        => [("We are stuck,", Direct, Some("Tom Rusk"), Some("Tom Rusk"))];

    speaker_before_an_apposition_keeps_the_quote:
        "“We are stuck,” said Ann Welby, Tom Rusk's aide."
        => [("We are stuck,", Direct, Some("Ann Welby"), Some("Ann Welby"))];

    participle_is_no_speaker:
        "Hundreds marched on Monday, chanting “No more war,” raising fresh questions about the plan."
        => [];

    description_with_two_prepositions:
        "A nurse at a hospital in Leeds told jurors she was “completely innocent”."
        => [("completely innocent", Partial, Some("A nurse at a hospital in Leeds"), None)];

    description_for_a_person_is_not_that_person:
        "A source close to Maria Lopez said, “She will run.”"
        => [("She will run.", Direct, Some("A source close to Maria Lopez"), None)];

    unknown_name_then_apposition_then_cue:
        "Melka Zwaneveld, a close friend of the family, said, “She was tireless.”"
        => [("She was tireless.", Direct, Some("Melka Zwaneveld"), Some("Melka Zwaneveld"))];

    relative_who_stands_for_the_person_before_it:
        "The mayor thanked Maria Lopez, who declared at the rally, “The wagon is ready.”"
        => [("The wagon is ready.", Direct, Some("who"), Some("Maria Lopez"))];

    quote_then_description_then_name_said:
        "“The wagon is ready,” the spokeswoman, Maria Lopez, said."
        => [("The wagon is ready,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    surname_then_age_then_cue:
        "Ostrander, 54, a retired teacher, said, “The wagon is ready.”"
        => [("The wagon is ready.", Direct, Some("Ostrander"), Some("Ostrander"))];

    phrase_cue_after_a_verb_shares_its_subject:
        "The Justice Department said in a court filing that the request was “without merit.”"
        => [("without merit.", Partial, Some("Justice Department"), Some("US Department of Justice"))];

    group_noun_opening_a_sentence_speaks:
        "Police said the suspect was “armed and dangerous.”"
        => [("armed and dangerous.", Partial, Some("Police"), None)];

    lone_capitalised_word_before_the_verb_is_a_name:
        "“We needed the banks,” From said."
        => [("We needed the banks,", Direct, Some("From"), None)];

    cue_inside_an_apposition_after_a_quote:
        "“The agents are under pressure,” a source, who was not authorized to speak, told reporters."
        => [("The agents are under pressure,", Direct, Some("a source"), None)];

    description_opening_the_sentence_before_a_long_apposition:
        "A Warren adviser, who spoke on condition of anonymity, said of the senator, “She takes it seriously.”"
        => [("She takes it seriously.", Direct, Some("A Warren adviser"), None)];

    pronoun_subject_then_colon:
        "Maria Lopez spoke last. She then addressed the crowd: “Here is what I regret.”"
        => [("Here is what I regret.", Direct, Some("She"), Some("Maria Lopez"))];

    subordinate_clause_after_a_conjunction_opens_the_sentence:
        "And although Maria Lopez thanked the crowd, Jo Roe ended the night, saying, “I am not sure.”"
        => [("I am not sure.", Direct, Some("Jo Roe"), Some("Jo Roe"))];

    those_addressed_before_a_participle_do_not_speak:
        "The campaign sent a text message to supporters saying: “We won.”"
        => [("We won.", Direct, Some("The campaign"), None)];

    verb_after_a_modal_is_in_the_reported_clause:
        "Jo Roe said Poland would continue to support Kyiv “for as long as it takes.”"
        => [("for as long as it takes.", Partial, Some("Jo Roe"), Some("Jo Roe"))];

    dateline_with_a_date_is_no_subject:
        "WASHINGTON, Dec. 8 (UPI) — Sen. Jo Roe rejected the plan, calling it “dead on arrival.”"
        => [("dead on arrival.", Partial, Some("Jo Roe"), Some("Jo Roe"))];

    dateline_is_no_subject:
        "WASHINGTON (AP) — Sen. Jo Roe on Tuesday rejected the plan, calling it “dead on arrival.”"
        => [("dead on arrival.", Partial, Some("Jo Roe"), Some("Jo Roe"))];

    description_runs_on_past_an_article_and_a_name:
        "Protesters outside the U.S. Embassy chanted slogans and held banners reading “Hands off our town.”"
        => [("Hands off our town.", Direct, Some("Protesters outside the U.S. Embassy"), None)];

    capitalised_title_after_a_party_name:
        "“It is a disgrace,” said Labour MP Maria Lopez."
        => [("It is a disgrace,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    cue_word_after_a_possessive_is_a_noun:
        "In her ruling, Judge Maria Lopez wrote that the mayor's claims were “unpersuasive.”"
        => [("unpersuasive.", Partial, Some("Maria Lopez"), Some("Maria Lopez"))];

    base_form_cue_before_a_participle_is_a_noun:
        "Chancellor Maria Lopez struck a more cautious note, telling lawmakers that the alliance “remains the cornerstone.”"
        => [("remains the cornerstone.", Partial, Some("Maria Lopez"), Some("Maria Lopez"))];

    stop_word_inside_a_name_is_no_adverb:
        "Jane Roe of The Nation wrote, “If you care, show it.”"
        => [("If you care, show it.", Direct, Some("Jane Roe"), Some("Jane Roe"))];

    description_with_an_age_or_a_year:
        "“She didn’t like that,” said a 59-year-old farmer."
        => [("She didn’t like that,", Direct, Some("a 59-year-old farmer"), None)];

    determiner_standing_alone_after_the_cue:
        "“Watch out,” tweeted another."
        => [("Watch out,", Direct, Some("another"), None)];

    role_with_another_modifier_or_place_is_someone_else:
        "Zelvonia's foreign minister, Ana Ruiz, met him. Marrovia's prime minister told reporters the talks were “at a delicate stage.”"
        => [("at a delicate stage.", Partial, Some("Marrovia's prime minister"), None)];

    the_president_is_not_the_vice_president:
        "President Zelvo Marek spoke after Vice President Ana Ruiz. “It was a stone of sorrow,” the president said."
        => [("It was a stone of sorrow,", Direct, Some("the president"), Some("Zelvo Marek"))];

    which_clause_set_off_by_a_comma_speaks_for_the_name_before:
        "It was echoed by the Zelvonian Council of Mayors, which said towns were “at breaking point”."
        => [("at breaking point", Partial, Some("which"), Some("Zelvonian Council of Mayors"))];

    quote_ending_a_paragraph_is_the_subject_of_the_sentence_before:
        "Zelvo Marek spoke first. Later, Marek was blunt. “Not a chance.”"
        => [("Not a chance.", Direct, Some("Marek"), Some("Zelvo Marek"))];

    participle_opening_the_sentence_before_reports_no_one:
        "Zelvo Marek spoke first. Asked about it, Marek was blunt. “Not a chance.”"
        => [("Not a chance.", Direct, Some("Marek"), Some("Zelvo Marek"))];

    team_role_named_by_the_team_is_the_person_last_spoken_of:
        "Zelvo Marek said his side had suffered. “They are a top team,” the City manager said."
        => [("They are a top team,", Direct, Some("the City manager"), Some("Zelvo Marek"))];

    role_brought_in_unnamed_is_not_the_person_named_before:
        "As Ana Ruiz spoke, a fashion designer for the firm watched. “It is hard,” said the designer."
        => [("It is hard,", Direct, Some("the designer"), None)];

    people_joined_by_and_before_a_colon:
        "More from Jane Roe and Tom Bell: “The polls closed too early.”"
        => [("The polls closed too early.", Direct, Some("Tom Bell"), Some("Tom Bell"))];

    people_joined_by_and_addressed_before_a_colon:
        "Voters sent a message to Ana Ruiz and Ed Cole: “Go home.”"
        => [("Go home.", Direct, None, None)];

    organisation_as_a_label_before_a_colon:
        "Turnout rose - Pew Research Center: “The rise was broad.”\n\nThe mayor wrote to the newspaper Le Monde: “It was broad.”"
        => [("The rise was broad.", Direct, Some("Pew Research Center"), Some("Pew Research Center")),
            ("It was broad.", Direct, Some("The mayor"), None)];

    person_before_a_colon_after_an_unparsed_title:
        "Former secretary of state Maria Lopez: “We learned that from the department.”"
        => [("We learned that from the department.", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    capitalised_cue_word_before_of_opens_a_title:
        "Roe, who gave the party's reply to President Ann Lee's final State of the Union address on Tuesday, is an “able leader” who has won two elections in the state, the board writes."
        => [("able leader", Partial, Some("the board"), None)];

    reply_that_came_from_its_source:
        "“Absolutely not,” came the reply from the mayor's office."
        => [("Absolutely not,", Direct, Some("the mayor's office"), None)];

    verb_after_a_quote_opens_no_speaker_phrase:
        "“Call the roll,” came shouts from the crowd."
        => [("Call the roll,", Direct, None, None)];

    description_keeps_the_source_it_names:
        "“We are ready,” according to a statement from the Zwaneveld Ministry."
        => [("We are ready,", Direct, Some("a statement from the Zwaneveld Ministry"), Some("Zwaneveld Ministry"))];

    subject_clause_that_looked_like_an_introduction:
        "City boss Maria Lopez praised her striker, saying he was “the best in the world right now.”"
        => [("the best in the world right now.", Partial, Some("Maria Lopez"), Some("Maria Lopez"))];

    description_after_an_opening_adverb_before_a_long_apposition:
        "Meanwhile, a campaign aide, speaking on condition of anonymity, said the team was “cautiously optimistic” about the state."
        => [("cautiously optimistic", Partial, Some("a campaign aide"), None)];

    indefinite_description_is_someone_new:
        "Party official Jo Roe spoke first. “There is a window,” a senior official told reporters."
        => [("There is a window,", Direct, Some("a senior official"), None)];

    agent_of_a_passive_cue_speaks:
        "Jo Roe was asked by host Maria Lopez, “Will you run again?”"
        => [("Will you run again?", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    subject_of_a_passive_ask_is_spoken_to:
        "In an interview, Jo Roe was asked, “Will you run again?”"
        => [("Will you run again?", Direct, None, None)];

    progressive_tell_is_active:
        "Jo Roe is telling supporters, “We will win.”"
        => [("We will win.", Direct, Some("Jo Roe"), Some("Jo Roe"))];

    maker_of_what_a_relative_clause_says:
        "Jo Roe released a video that said, “We will win.” The party issued a statement that said, “We object.”"
        => [
            ("We will win.", Direct, Some("Jo Roe"), Some("Jo Roe")),
            ("We object.", Direct, Some("a statement that"), None),
        ];

    partial_quote_after_a_cue_sharing_the_subject_is_the_same_speaker_s:
        "The Zelvo campaign said in a statement that Roe “wants to tax farms” and predicted that voters would “see right through it.”"
        => [("wants to tax farms", Partial, Some("The Zelvo campaign"), None),
            ("see right through it.", Partial, Some("The Zelvo campaign"), None)];

    verbs_before_a_participle_are_no_speaker:
        "In the recording Jo Zelvanko can be heard telling a clerk, “Do not text me.” A man was seen telling staff to “get out now.”"
        => [("Do not text me.", Direct, Some("Jo Zelvanko"), Some("Jo Zelvanko")),
            ("get out now.", Partial, Some("A man"), None)];

    subject_before_a_relative_clause_speaks:
        "A ministry official who spoke anonymously to discuss strategy said Wednesday, “There are talks.”"
        => [("There are talks.", Direct, Some("A ministry official"), None)];

    phrase_after_a_cue_that_goes_on_with_a_verb_is_no_speaker:
        "Jo Roe, citing “the unique magic of the race,” said the candidate could win in the north."
        => [("the unique magic of the race,", Partial, Some("Jo Roe"), Some("Jo Roe"))];

    determiner_alone_opens_the_clause_before_a_long_apposition:
        "Others, reacting to the delay in the release of the video, shouted, “Stop the cover-up!”"
        => [("Stop the cover-up!", Direct, Some("Others"), None)];

    subject_of_an_infinitive_cue_speaks:
        "The debate was so calm that Jo Roe was prompted to say, “I cannot believe how civil it is.”"
        => [("I cannot believe how civil it is.", Direct, Some("Jo Roe"), Some("Jo Roe"))];

    introductory_prepositional_phrase_is_skipped:
        "Alongside Unity Party calls for action, a senior strategist said the mayor must choose, saying, “She has to come out.”"
        => [("She has to come out.", Direct, Some("a senior strategist"), None)];

    description_with_listed_modifiers_after_the_quote:
        "“From day one, I made it the top priority,” the bespectacled, 71-year-old diplomat said in an interview."
        => [("From day one, I made it the top priority,", Direct, Some("the bespectacled, 71-year-old diplomat"), None)];

    thing_before_a_relative_that_speaks:
        "Protesters carried signs that said, “No more cuts.”"
        => [("No more cuts.", Direct, Some("signs that"), None)];

    cue_word_after_following_is_a_noun:
        "On July 6, 2015, Jo Roe made the following comment:\n\n“For young people who left school, jobs are scarce.”"
        => [("For young people who left school, jobs are scarce.", Direct, Some("Jo Roe"), Some("Jo Roe"))];

    less_common_reporting_verbs:
        "“It is about time,” exhorted the actress Jo Roe. Ana Ruiz chided, “Not yet.”"
        => [
            ("It is about time,", Direct, Some("Jo Roe"), Some("Jo Roe")),
            ("Not yet.", Direct, Some("Ana Ruiz"), Some("Ana Ruiz")),
        ];

    retaliation_is_a_reply:
        "“France will always be France,” an angry Jo Roe retaliated."
        => [("France will always be France,", Direct, Some("Jo Roe"), Some("Jo Roe"))];

    base_form_after_a_and_a_modifier_is_a_noun:
        "Jo Roe delivered a snappy retort: “No one is tearing this up.”"
        => [("No one is tearing this up.", Direct, Some("Jo Roe"), Some("Jo Roe"))];

    base_form_after_a_possessive_and_a_modifier_is_a_noun:
        "Ofsted said its new report cards gave parents “a richer picture” of schools."
        => [("a richer picture", Partial, Some("Ofsted"), Some("Ofsted"))];

    name_in_apposition_after_where_the_one_described_works_speaks:
        "A head in Cornwall, Gareth Pengelly, wrote to me and said, “I have given this job everything.”"
        => [("I have given this job everything.", Direct, Some("Gareth Pengelly"), Some("Gareth Pengelly"))];

    words_one_issued_are_theirs:
        "I wrote to the minister, Sione Taufa. His reply said the state would “look at options”."
        => [("look at options", Partial, Some("His reply"), Some("Sione Taufa"))];

    headline_quote_before_a_colon_and_the_person_it_quotes:
        "‘We are losing teachers’: NEU leader Priya Ramaswamy on pay\n\nStaff are leaving."
        => [("We are losing teachers", Direct, Some("Priya Ramaswamy"), Some("Priya Ramaswamy"))];

    nickname_in_marks_is_part_of_the_aside_before_the_cue:
        "Sen. Jo Roe, known as “Lupita”, called the plan “a bottomless pit.”"
        => [("a bottomless pit.", Partial, Some("Jo Roe"), Some("Jo Roe"))];

    auxiliary_between_who_and_the_cue:
        "Mayor Jo Roe, who has called the rise “the least-worst option”, spoke on Monday."
        => [("the least-worst option", Partial, Some("who"), Some("Jo Roe"))];

    platform_after_a_phrase_ending_in_on_is_no_speaker:
        "Sen. Jo Roe, D-Pa., who sponsored the bill, called the ruling “a gift to lobbyists” in a post on social media."
        => [("a gift to lobbyists", Partial, Some("Jo Roe"), Some("Jo Roe"))];

    chinese_family_name_first_tells_no_gender:
        "A study by Tomasz Zelvik found the route slow. Wei Liangchen of Tsinghua University disagrees. “For Beijing, it is insurance,” he says."
        => [("For Beijing, it is insurance,", Direct, Some("he"), Some("Wei Liangchen"))];

    where_the_person_is_based_may_open_the_name_in_apposition:
        "Her lawyer, Nairobi-based Wanjiru Odhiambo-Kamau, said she was “shocked and devastated” on Monday."
        => [("shocked and devastated", Partial, Some("Wanjiru Odhiambo-Kamau"), Some("Wanjiru Odhiambo-Kamau"))];

    spoken_quote_mark_of_a_broadcast_is_no_cue:
        "The agency said in a statement this morning, quote, “The next hours will be decisive.”"
        => [("The next hours will be decisive.", Direct, Some("The agency"), None)];

    irregular_past_ends_the_subject:
        "The Florida senator sought to calm his supporters, and said, “We fought hard.”"
        => [("We fought hard.", Direct, Some("The Florida senator"), None)];

    relative_who_without_a_comma:
        "It was a post from Maria Lopez who wrote, “They never listen.”"
        => [("They never listen.", Direct, Some("who"), Some("Maria Lopez"))];

    description_runs_on_past_a_participle:
        "Another source speaking to the Zwaneveld Times said, “The agents are investigating.”"
        => [("The agents are investigating.", Direct, Some("Another source speaking to the Zwaneveld Times"), None)];

    introduction_with_a_list_of_modifiers:
        "In a long, candid interview with reporter Jo Roe last year, Maria Lopez said she would run and added, “I am ready.”"
        => [("I am ready.", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    verb_ends_the_search_for_a_subject_name:
        "Her backers tried to tie Maria Lopez to the governor, with one ad asking, “Is she independent enough?”"
        => [("Is she independent enough?", Direct, Some("one ad"), None)];

    long_apposition_after_a_person_s_name:
        "“Very good reporter,” Maria Lopez, the party's frontrunner nationally and the current polling leader in the state by a wide margin after winning the first primary last week, said on Monday."
        => [("Very good reporter,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    quote_then_said_modifier_title_name:
        "“The rules failed us,” said 9/11 widow Maria Lopez."
        => [("The rules failed us,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    quote_then_said_two_word_title_name:
        "“Give him time,” said Vice President Maria Lopez."
        => [("Give him time,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    opening_glyph_typed_as_the_closing_mark:
        "“It is unusual,“ said Maria Lopez. “It is hard to do.”"
        => [
            ("It is unusual,", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("It is hard to do.", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
        ];

    adverb_before_the_subject_opens_no_phrase:
        "And then Maria Lopez went on the attack, saying, “The plan has failed.”"
        => [("The plan has failed.", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    statement_issued_then_quoted:
        "After the vote, Maria Lopez issued a statement, “The result speaks for itself.”"
        => [("The result speaks for itself.", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    quote_signed_on_the_next_line:
        "“The plan has failed.”\n\n— Maria Lopez, speaking after the vote.\n\n“We start again.”\n\n– A new start –."
        => [
            ("The plan has failed.", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("We start again.", Direct, None, None),
        ];

    apposition_holding_a_short_quote:
        "“We had better days,” Maria Lopez, wearing a “Vote No” badge, said."
        => [("We had better days,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    participle_after_a_reporting_clause_takes_its_subject:
        "Peter Novak left early, Maria Lopez said, adding, “He was not happy.”"
        => [("He was not happy.", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    speaker_and_where_they_are_from:
        "“We need the bridge,” said Maria Lopez of Ohio. “The plan is late,” Peter Novak of Acme News said."
        => [
            ("We need the bridge,", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("The plan is late,", Direct, Some("Peter Novak"), Some("Peter Novak")),
        ];

    possessive_determiner_opens_a_description:
        "“We live in hard times,” my father often said."
        => [("We live in hard times,", Direct, Some("my father"), None)];

    the_writer_as_speaker:
        "“Are you sure?” the judge asked. “Yes,” I said. What we call “reform” is nothing new."
        => [
            ("Are you sure?", Direct, Some("the judge"), None),
            ("Yes,", Direct, Some("I"), None),
        ];

    name_and_party_before_a_stray_comma:
        "After the vote in Salem, Gov. Maria Lopez (R-OH), said, “The wagon is ready.”"
        => [("The wagon is ready.", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    the_one_told_is_not_the_speaker:
        "Maria Lopez, who was on the slate, told Acme News, “I like the governor best.”"
        => [("I like the governor best.", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    aside_between_dashes_before_the_cue:
        "On Friday, Maria Lopez — named as a likely running mate — told reporters that “it is an honour.”"
        => [("it is an honour.", Partial, Some("Maria Lopez"), Some("Maria Lopez"))];

    quote_after_a_sentence_of_reported_speech:
        "Maria Lopez said the plan would fail. “We cannot go on like this.”\n\nCritics said the same. “It is over.”"
        => [
            ("We cannot go on like this.", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("It is over.", Direct, None, None),
        ];

    written_words_read:
        "“Vote no on Tuesday,” the leaflet read."
        => [("Vote no on Tuesday,", Direct, Some("the leaflet"), None)];

    an_address_in_the_apposition_is_not_the_speaker:
        "Maria Lopez, a pastor in Elizabeth, Colorado, slammed the plan as “reckless.”"
        => [("reckless.", Partial, Some("Maria Lopez"), Some("Maria Lopez"))];

    clause_after_the_quote_opened_by_a_conjunction_names_no_speaker:
        "The ad shows Maria Lopez saying during the debate, “That makes me smart,” when Peter Novak blasted her."
        => [("That makes me smart,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    clause_inside_the_opening_phrase:
        "In June, after the vote was held, Maria Lopez wrote to him, telling him, “You are a star.”"
        => [("You are a star.", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    description_stops_at_a_past_tense_verb:
        "Acme's campaign shrugged off Maria Lopez's remarks, telling reporters, “We never asked.”"
        => [("We never asked.", Direct, Some("Acme's campaign"), None)];

    person_named_right_before_the_colon:
        "The surge does not surprise pollster Maria Lopez: “Late deciders always move.” Peter Novak sent a message to Ana Ruiz: “Stop now.”"
        => [
            ("Late deciders always move.", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("Stop now.", Direct, Some("Peter Novak"), Some("Peter Novak")),
        ];

    byline_after_a_dash_before_the_colon:
        "Pollsters agree - Maria Lopez: “Keep calling voters late.”"
        => [("Keep calling voters late.", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    one_of_several_speaks:
        "“It was awful,” said one of two witnesses who saw it."
        => [("It was awful,", Direct, Some("one of two witnesses"), None)];

    name_in_an_apposition_without_its_closing_comma:
        "“She is a mother of three,” another friend, Maria Lopez told Acme News."
        => [("She is a mother of three,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    day_inside_a_description:
        "“The senator has no spine,” reads a Wednesday editorial in the paper."
        => [("The senator has no spine,", Direct, Some("a Wednesday editorial"), None)];

    participle_takes_the_subject_not_the_object:
        "Lopez attacked Ruiz over the budget, saying, “She is wrong.”"
        => [("She is wrong.", Direct, Some("Lopez"), Some("Lopez"))];

    participle_phrase_opens_the_sentence:
        "Speaking at a rally in Dover, Delaware, Lena Strand attacked the plan, saying, “It fails.”"
        => [("It fails.", Direct, Some("Lena Strand"), Some("Lena Strand"))];

    participle_after_a_medium:
        "Lena Strand answered the question on Facebook writing, “Yes, I will.”"
        => [("Yes, I will.", Direct, Some("Lena Strand"), Some("Lena Strand"))];

    participle_of_a_person_after_a_preposition:
        "Aides were quick to respond, with Lena Strand noting, “We expected this.”"
        => [("We expected this.", Direct, Some("Lena Strand"), Some("Lena Strand"))];

    name_said_colon_quote:
        "Foreign Minister Elena Petrova said: “We will respond in kind.”"
        => [("We will respond in kind.", Direct, Some("Elena Petrova"), Some("Elena Petrova"))];

    colon_lead_in_paragraph:
        "Governor Tom Reyes said in a statement on Sunday:\n“The roads will reopen on Monday.”"
        => [("The roads will reopen on Monday.", Direct, Some("Tom Reyes"), Some("Tom Reyes"))];

    saying_after_comma:
        "Mayor Laura Chen criticised the budget on Tuesday, saying, “This plan hurts families.”"
        => [("This plan hurts families.", Direct, Some("Laura Chen"), Some("Laura Chen"))];

    according_to_name:
        "According to Sam Patel, “the numbers do not add up.”"
        => [("the numbers do not add up.", Direct, Some("Sam Patel"), Some("Sam Patel"))];

    name_told_outlet_colon:
        "Mark Dalton told Reuters: “We expect a decision soon.”"
        => [("We expect a decision soon.", Direct, Some("Mark Dalton"), Some("Mark Dalton"))];

    dash_attribution:
        "“Progress is slow, but it is progress.” — Ruth Ellis"
        => [("Progress is slow, but it is progress.", Direct, Some("Ruth Ellis"), Some("Ruth Ellis"))];

    partial_after_said_that:
        "Senator Alan Brooks said Friday that “hundreds” of jobs were at risk."
        => [("hundreds", Partial, Some("Alan Brooks"), Some("Alan Brooks"))];

    partial_inside_reporting_clause:
        "Maria Lopez said the two sides held “very constructive” talks on Monday."
        => [("very constructive", Partial, Some("Maria Lopez"), Some("Maria Lopez"))];

    partial_with_comma_inside:
        "John Harper said on Friday he was “cautiously hopeful,” too."
        => [("cautiously hopeful,", Partial, Some("John Harper"), Some("John Harper"))];

    role_in_apposition_to_known_person:
        "Russia's foreign minister, Sergei Lavrov, rejected the plan. “It is theatre,” the minister said."
        => [("It is theatre,", Direct, Some("the minister"), Some("Sergei Lavrov"))];

    role_qualified_by_party:
        "Republican presidential nominee Tom Rusk spoke in Ohio. Democratic vice presidential nominee Ann Welby spoke in Iowa. “We will win,” the Republican nominee said."
        => [("We will win,", Direct, Some("the Republican nominee"), Some("Tom Rusk"))];

    role_of_secretary_of_state:
        "Former Secretary of State Ann Welby spoke in Iowa. “We object,” the state said."
        => [("We object,", Direct, Some("the state"), None)];

    role_of_abbreviated_title:
        "Sen. Ann Welby toured a factory in Ohio. Tom Rusk stayed in Iowa. “Jobs first,” the senator said."
        => [("Jobs first,", Direct, Some("the senator"), Some("Ann Welby"))];

    unstated_role_names_the_person_last_spoken_of:
        "Ann Welby toured a factory in Ohio on Monday. “Jobs first,” the candidate said."
        => [("Jobs first,", Direct, Some("the candidate"), Some("Ann Welby"))];

    unstated_role_of_someone_with_another_role:
        "Governor Ann Welby toured a factory in Ohio on Monday. “Jobs first,” the candidate said."
        => [("Jobs first,", Direct, Some("the candidate"), None)];

    company_description_names_the_company_last_spoken_of:
        "Twitter cut 50 jobs in Dublin on Monday. “We must adapt,” the company said."
        => [("We must adapt,", Direct, Some("the company"), Some("Twitter"))];

    newspaper_description_is_no_company:
        "Twitter cut 50 jobs in Dublin on Monday. “We must adapt,” the newspaper said."
        => [("We must adapt,", Direct, Some("the newspaper"), None)];

    unstated_role_is_not_the_owner_named:
        "Ann Welby's successor took office on Monday. “No,” the minister said."
        => [("No,", Direct, Some("the minister"), None)];

    head_word_names_the_organisation_holding_it:
        "The Zelvan Defence Ministry counted 47 drones. The Harlow Post disagreed. “All were destroyed,” the ministry said."
        => [("All were destroyed,", Direct, Some("the ministry"), Some("Zelvan Defence Ministry"))];

    group_names_no_organisation_named_further_back:
        "The Harlow Group bought a stake on Monday. Workers met. Protesters marched. “We object,” the group said."
        => [("We object,", Direct, Some("the group"), None)];

    unnamed_role_names_no_one:
        "Ann Welby toured a factory in Ohio on Monday. “Jobs first,” the aide said."
        => [("Jobs first,", Direct, Some("the aide"), None)];

    former_role_names_no_one:
        "Ann Welby toured a factory in Ohio on Monday. “Jobs first,” the former president said."
        => [("Jobs first,", Direct, Some("the former president"), None)];

    epithet_of_nationality:
        "Coach Pablo Ruiz lost his first final on Sunday. “It hurts,” the Spaniard said."
        => [("It hurts,", Direct, Some("the Spaniard"), Some("Pablo Ruiz"))];

    epithet_of_age:
        "Jane Roe won the race in Leeds. “I am tired,” the 45-year-old said."
        => [("I am tired,", Direct, Some("the 45-year-old"), Some("Jane Roe"))];

    name_whose_apposition_was_never_closed_speaks:
        "“It is over,” Jane Roe, the pollster who founded a website tweeted on Wednesday."
        => [("It is over,", Direct, Some("Jane Roe"), Some("Jane Roe"))];

    cue_after_a_closed_apposition_is_another_clauses:
        "While Ann Lee laid out “a plan for growth,” Tom Bell, the doctor who ran last year, used his speech to call her weak."
        => [("a plan for growth,", Partial, Some("Ann Lee"), Some("Ann Lee"))];

    titled_name_set_off_after_a_role_speaks:
        "The Prime Minister, Sir Tom Bell, told MPs that he would “not hesitate” to act."
        => [("not hesitate", Partial, Some("Tom Bell"), Some("Tom Bell"))];

    epithet_of_place_and_party:
        "Sen. Ana Ruiz of Alaska met the nominee. “I have questions,” the Alaska Republican said."
        => [("I have questions,", Direct, Some("the Alaska Republican"), Some("Ana Ruiz"))];

    epithet_of_age_after_the_cue:
        "Jane Roe won the race in Leeds. “I am tired,” said the 45-year-old."
        => [("I am tired,", Direct, Some("the 45-year-old"), Some("Jane Roe"))];

    plural_nationality_is_no_epithet:
        "Coach Pablo Ruiz lost his first final on Sunday. “It hurts,” the Spaniards said."
        => [("It hurts,", Direct, Some("the Spaniards"), None)];

    person_of_organisation_with_connector:
        "“It is a stretch,” Jane Roe of the Centre for Harbour Studies wrote in December."
        => [("It is a stretch,", Direct, Some("Jane Roe"), Some("Jane Roe"))];

    speaker_goes_on_past_the_person_spoken_to:
        "Ada Reeve told the radio host Jane Kersh that “hard choices” were coming. “It is not easy,” she said."
        => [
            ("hard choices", Partial, Some("Ada Reeve"), Some("Ada Reeve")),
            ("It is not easy,", Direct, Some("she"), Some("Ada Reeve")),
        ];

    pronoun_is_not_the_name_in_an_opening_participle_clause:
        "Coach Maria Lopez praised the defence. Asked about Anna Berg, she replied: “She has to play.”"
        => [("She has to play.", Direct, Some("she"), Some("Maria Lopez"))];

    weak_verb_of_a_reported_pronoun_leaves_the_quote_to_the_report:
        "Ana Ruiz said she hoped both sides would “come to their senses.”"
        => [("come to their senses.", Partial, Some("Ana Ruiz"), Some("Ana Ruiz"))];

    title_in_marks_inside_the_reporting_clause_is_passed_over:
        "Ana Ruiz told Radio Nord's “Morning Show” that she hoped the talks would “end in a deal.”"
        => [("end in a deal.", Partial, Some("Ana Ruiz"), Some("Ana Ruiz"))];

    reflexive_after_the_speaker_is_not_part_of_the_name:
        "Maria Lopez spoke first. Lopez herself told the radio last week that “the plan is working.”"
        => [("the plan is working.", Partial, Some("Lopez"), Some("Maria Lopez"))];

    who_was_quoted_by_a_paper_speaks:
        "Chief Ana Ruiz was quoted by the local newspaper as saying that “the alarms failed.”"
        => [("the alarms failed.", Partial, Some("Ana Ruiz"), Some("Ana Ruiz"))];

    words_of_a_statement_are_its_issuers:
        "“It is false,” a Pentagon statement said."
        => [("It is false,", Direct, Some("a Pentagon statement"), Some("Pentagon"))];

    pronoun_takes_the_name_set_off_before_the_verb:
        "Maria Lopez's lawyer, Jane Doe, said her client would appeal. “The evidence was thin,” she said."
        => [("The evidence was thin,", Direct, Some("she"), Some("Jane Doe"))];

    phrase_after_a_preposition_is_no_subject:
        "Analyst Maria Lopez said in a note that demand “remains resilient.”"
        => [("remains resilient.", Partial, Some("Maria Lopez"), Some("Maria Lopez"))];

    new_sentence_after_a_closed_quote_is_no_tag:
        "Supporters were obliged to “stand up and be counted.” With a vote for Tom Rusk ruled out, Maria Lopez said she would wait."
        => [];

    pronoun_takes_the_subject_of_an_earlier_sentence:
        "Jannik Zell beat Tomas Brandt in the final on Sunday. “It is a dream,” the 23-year-old Italian said. “I am tired,” he added."
        => [
            ("It is a dream,", Direct, Some("the 23-year-old Italian"), Some("Jannik Zell")),
            ("I am tired,", Direct, Some("he"), Some("Jannik Zell")),
        ];

    pronoun_takes_who_spoke_in_an_earlier_sentence:
        "Tom Rusk's plan would fail, Omar Haddad said on Monday. “It is a mistake,” he said."
        => [("It is a mistake,", Direct, Some("he"), Some("Omar Haddad"))];

    remembered_after_the_quote:
        "“She proved them wrong,” remembered Roy Verley, the company's spokesman."
        => [("She proved them wrong,", Direct, Some("Roy Verley"), Some("Roy Verley"))];

    partial_closed_before_full_stop:
        "Aid workers said the roads were “impassable”. Omar Haddad said more trucks would come."
        => [("impassable", Partial, Some("Aid workers"), None)];

    partial_after_coordinated_verb:
        "The ministry denied the claims and said that the reports were “entirely made up.”"
        => [("entirely made up.", Partial, Some("The ministry"), None)];

    interrupted_quote:
        "Maria Lopez met the unions on Monday. “We are close,” Lopez said, “but we are not there yet.”"
        => [
            ("We are close,", Direct, Some("Lopez"), Some("Maria Lopez")),
            ("but we are not there yet.", Direct, Some("Lopez"), Some("Maria Lopez")),
        ];

    continuation_same_paragraph:
        "“We will win,” said Maria Lopez. “Nobody should doubt it.”"
        => [
            ("We will win,", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("Nobody should doubt it.", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
        ];

    quote_paragraph_after_reported_speech:
        "Maria Lopez argued in her email that the rules were broken.\n\n“Changes now are dangerous.”\n\nCritics said the same.\n\n“It is over.”"
        => [
            ("Changes now are dangerous.", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("It is over.", Direct, None, None),
        ];

    photo_credit_is_no_antecedent:
        "Maria Lopez performs in Leeds on Friday.\n\nTom Rusk via Getty Images.\n\n“I love this city,” she told the crowd."
        => [("I love this city,", Direct, Some("she"), Some("Maria Lopez"))];

    continuation_next_paragraph:
        "“We will win,” said Maria Lopez.\n“Nobody should doubt it.”"
        => [
            ("We will win,", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("Nobody should doubt it.", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
        ];

    continuation_stops_at_other_speaker:
        "“We will win,” said Maria Lopez.\nJohn Harper disagreed and said so on Monday.\n“Nobody believes that.”"
        => [
            ("We will win,", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("Nobody believes that.", Direct, Some("John Harper"), Some("John Harper")),
        ];

    continuation_past_a_cue_in_the_attribution_sentence:
        "“We will win,” Maria Lopez said, in answer to a question from a voter. “Nobody should doubt it.”"
        => [
            ("We will win,", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("Nobody should doubt it.", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
        ];

    continuation_past_the_speaker_as_he_or_she:
        "“We will win,” said Maria Lopez. She didn't suggest a date. “Nobody should doubt it.”"
        => [
            ("We will win,", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("Nobody should doubt it.", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
        ];

    no_continuation_into_a_quote_with_its_own_cue:
        "“We will win,” said Maria Lopez.\n“It was a long night,” the tired, 62-year-old organiser said later."
        => [
            ("We will win,", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("It was a long night,", Direct, Some("the tired, 62-year-old organiser"), None),
        ];

    long_title_before_the_name:
        "“The budget is late,” Cook County Public Guardian Lena Strand said."
        => [("The budget is late,", Direct, Some("Lena Strand"), Some("Lena Strand"))];

    two_writers:
        "“The race is far from over,” Ana Ruiz and Tom Becker wrote."
        => [("The race is far from over,", Direct, Some("Ana Ruiz and Tom Becker"), Some("Ana Ruiz"))];

    long_description_with_and:
        "“We need the funds now,” the Ohio senator and former party chairman said in a statement."
        => [("We need the funds now,", Direct, Some("the Ohio senator and former party chairman"), None)];

    adverb_between_subject_and_verb:
        "Maria Lopez has since apologized for the remark: “I was wrong.”"
        => [("I was wrong.", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    double_quote_inside_a_single_one_british_style:
        "‘This is a “game changer” for us,’ the mayor told reporters."
        => [("This is a “game changer” for us,", Direct, Some("the mayor"), None)];

    apostrophe_opening_a_word_holds_no_quote:
        "And how ‘bout this: “Robberies alter residents’ routines,” the paper said."
        => [("Robberies alter residents’ routines,", Direct, Some("the paper"), None)];

    person_before_the_first_of_two_verbs_speaks:
        "When asked whether the plan would pass, the senior adviser paused and Mara Quill laughed and said, “We will see.”"
        => [("We will see.", Direct, Some("Mara Quill"), Some("Mara Quill"))];

    noun_in_ly_after_a_determiner_is_no_adverb:
        "“We are heartbroken,” the family wrote. “We will appeal,” his ally said quietly."
        => [
            ("We are heartbroken,", Direct, Some("the family"), None),
            ("We will appeal,", Direct, Some("his ally"), None),
        ];

    cue_word_inside_an_organisation_name:
        "“Nothing would change,” Tom Becker, director of the Water Project, said."
        => [("Nothing would change,", Direct, Some("Tom Becker"), Some("Tom Becker"))];

    qualified_title_opens_the_subject:
        "Former Defence Minister Lena Strand later urged calm, saying, “Nobody wins a panic.”"
        => [("Nobody wins a panic.", Direct, Some("Lena Strand"), Some("Lena Strand"))];

    parenthesis_then_participle_apposition:
        "But Sen. Lena Strand (D-Ore.), noting the size of the crowd, said, “People are tired.”"
        => [("People are tired.", Direct, Some("Lena Strand"), Some("Lena Strand"))];

    lead_in_beats_a_new_sentence_after_the_quote:
        "Lena Strand, visibly tired, responded: “Does it matter now?” Her critics cited the remark for weeks."
        => [("Does it matter now?", Direct, Some("Lena Strand"), Some("Lena Strand"))];

    participle_after_a_document_noun:
        "Lena Strand released a statement on Friday saying, “We will appeal the ruling.”"
        => [("We will appeal the ruling.", Direct, Some("Lena Strand"), Some("Lena Strand"))];

    person_of_an_outlet_before_the_cue:
        "As Tom Becker of Acme News observed, the stage won:\n“The clear winner was the network.”"
        => [("The clear winner was the network.", Direct, Some("Tom Becker"), Some("Tom Becker"))];

    multi_paragraph_quote:
        "“The first part of the plan is simple.\n“The second part is harder,” said Maria Lopez."
        => [
            ("The first part of the plan is simple.", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("The second part is harder,", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
        ];

    multi_paragraph_quote_attributed_first:
        "Maria Lopez said: “The first part of the plan is simple.\n“The second part is harder.”"
        => [
            ("The first part of the plan is simple.", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("The second part is harder.", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
        ];

    pronoun_she:
        "Maria Lopez spoke to reporters in the capital.\n“We will win,” she said."
        => [("We will win,", Direct, Some("she"), Some("Maria Lopez"))];

    pronoun_skips_names_inside_quotes:
        "John Harper spoke to voters on Monday.\n“Peter Novak is wrong about the budget,” he said."
        => [("Peter Novak is wrong about the budget,", Direct, Some("he"), Some("John Harper"))];

    pronoun_it_for_organisation:
        "The World Health Organization issued new guidance on Monday.\n“Masks help,” it said."
        => [("Masks help,", Direct, Some("it"), Some("World Health Organization"))];

    organisation_speaks:
        "“We regret the delay,” the World Health Organization said."
        => [("We regret the delay,", Direct, Some("World Health Organization"), Some("World Health Organization"))];

    description_unresolved:
        "“Nothing has been decided,” a senior official said."
        => [("Nothing has been decided,", Direct, Some("a senior official"), None)];

    description_resolved_through_role:
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Friday.\n“Nothing has been decided,” the Kremlin spokesman said."
        => [("Nothing has been decided,", Direct, Some("the Kremlin spokesman"), Some("Dmitry Peskov"))];

    vocative_is_not_speaker:
        "“Maria, you are wrong,” John Harper replied."
        => [("Maria, you are wrong,", Direct, Some("John Harper"), Some("John Harper"))];

    unclosed_quote_ends_at_paragraph:
        "Maria Lopez said: “The work goes on.\nThe council met on Tuesday. “We agree,” said John Harper."
        => [
            ("The work goes on.", Direct, Some("Maria Lopez"), Some("Maria Lopez")),
            ("We agree,", Direct, Some("John Harper"), Some("John Harper")),
        ];

    nested_single_quotes_stay_inside:
        "“They told us ‘wait and see,’ and we waited,” Maria Lopez said."
        => [("They told us ‘wait and see,’ and we waited,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    title_of_work_is_not_speech:
        "Maria Lopez wrote the novel “The Long Winter” in 1999."
        => [];

    subheading_in_marks_is_not_speech:
        "“It was a long night,” Maria Lopez said.\n\n‘The Road Ahead Is Long.’\n\n“Nothing Is Decided Yet.”"
        => [("It was a long night,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    title_of_work_after_its_noun_is_not_speech:
        "Her documentary, “13th,” opened in May, and his show “Politicking” ended. “It was fun,” Maria Lopez said."
        => [("It was fun,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    title_after_entitled_is_not_speech:
        "The ad, entitled “our family history,” features five voters speaking in Spanish."
        => [];

    words_quoted_from_a_work_are_speech:
        "Maria Lopez wrote in her memoir, “the tax is unfair,” and readers agreed."
        => [("the tax is unfair,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    nickname_is_not_speech:
        "Voters call him “The Bulldozer” on the campaign trail."
        => [];

    scare_quotes_without_speaker_are_left_out:
        "The so-called “reform” passed easily."
        => [];

    paragraph_of_only_marks:
        "“”“”\"\"\n“We will win,” Maria Lopez said."
        => [("We will win,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    straight_double_quotes:
        "\"We will win,\" Maria Lopez said."
        => [("We will win,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    typewriter_double_apostrophes:
        "''We will win,'' Maria Lopez said."
        => [("We will win,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    question_tagged_by_a_lower_case_cue_after_it:
        "Moscow strongly denies it — “why would you not ask?” asked Ana Dunn, a partner at Zelvo."
        => [("why would you not ask?", Direct, Some("Ana Dunn"), Some("Ana Dunn"))];

    joking_verbs_cracked_and_riffed:
        "During the debate, Ana Zelva cracked, “I get things done.” “Let me help,” Tom Orvik riffed."
        => [("I get things done.", Direct, Some("Ana Zelva"), Some("Ana Zelva")),
            ("Let me help,", Direct, Some("Tom Orvik"), Some("Tom Orvik"))];

    name_and_a_past_tense_no_cue_list_holds_after_a_comma_quote:
        "“The paper is claiming it,” Jane Zelva started."
        => [("The paper is claiming it,", Direct, Some("Jane Zelva"), Some("Jane Zelva"))];

    capitalised_cue_word_right_after_a_cue_opens_the_speakers_description:
        "“It is over,” wrote Post columnist Jane Zelva."
        => [("It is over,", Direct, Some("Jane Zelva"), Some("Jane Zelva"))];

    full_stop_inside_a_web_address_ends_no_apposition:
        "“We need a plan,” Nate Zelva, the analyst who founded zelvo.com, wrote on Friday."
        => [("We need a plan,", Direct, Some("Nate Zelva"), Some("Nate Zelva"))];

    capitalised_cue_word_opening_a_title_is_the_titles:
        "“We will not,” said State Senator Jose Zelvara. “Not now,” said Navy Capt. Ana Zelvo."
        => [("We will not,", Direct, Some("Jose Zelvara"), Some("Jose Zelvara")),
            ("Not now,", Direct, Some("Ana Zelvo"), Some("Ana Zelvo"))];

    typewriter_double_apostrophes_closing_after_a_space:
        "''We built strong coalitions, '' said Ms. Lopez. ''We will win.''"
        => [("We built strong coalitions,", Direct, Some("Lopez"), Some("Lopez")),
            ("We will win.", Direct, Some("Lopez"), Some("Lopez"))];

    plural_possessive_inside_single_quotes_closes_nothing:
        "'Families pay for the Tories' mistakes,' Ana Zelva said."
        => [("Families pay for the Tories' mistakes,", Direct, Some("Ana Zelva"), Some("Ana Zelva"))];

    guillemets:
        "«We will win,» Maria Lopez said."
        => [("We will win,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    low_nine_marks:
        "„We will win,“ Maria Lopez said."
        => [("We will win,", Direct, Some("Maria Lopez"), Some("Maria Lopez"))];

    headline_name_colon_single_quotes:
        "Lopez: 'We will win this race'\nMaria Lopez spoke in Denver."
        => [("We will win this race", Direct, Some("Lopez"), Some("Maria Lopez"))];

    apostrophes_are_not_marks:
        "The voters’ choice was Moscow's, and they don’t regret it."
        => [];
}

#[test]
fn unbalanced_marks_do_not_swallow_the_document() {
    let mut text = String::new();
    for _ in 0..2000 {
        text.push_str("He said “it never ends. ");
    }
    text.push_str("\n“We will win,” Maria Lopez said.");
    let doc = extractor().extract(&text);
    let last = doc.quotes().last().unwrap();
    assert_eq!(last.as_str(), "We will win,");
    assert!(doc.quotes().all(|q| !q.as_str().contains('\n')));
}

#[test]
fn only_quotation_marks_stay_cheap() {
    let text = "“”\"'«»„".repeat(20_000);
    let doc = extractor().extract(&text);
    assert!(doc.quotes().count() <= text.len());
}
