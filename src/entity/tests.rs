//! Recognition and linking cases, each a sentence in the style of wire
//! news written for these tests.

use crate::{Extractor, Label};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

const PER: Label = Label::Person;
const LOC: Label = Label::Location;
const ORG: Label = Label::Organization;

/// `entities!(name: text => [(mention, label, canonical), ...])` checks every
/// mention of the text, in order.
macro_rules! entities {
    ($($name:ident: $text:expr => [$(($m:expr, $l:expr, $c:expr)),* $(,)?];)*) => {
        $(#[test]
        fn $name() {
            let doc = extractor().extract($text);
            let got: Vec<(&str, Label, &str)> =
                doc.entities().map(|e| (e.as_str(), e.label(), e.canonical())).collect();
            let want: Vec<(&str, Label, &str)> = vec![$(($m, $l, $c)),*];
            assert_eq!(got, want, "{}", $text);
        })*
    };
}

entities! {
    west_african_bodies_as_news_writes_them:
        "Ecowas suspended the junta that ousted Roch Marc Christian Kaboré, and Pastef won." =>
        [("Ecowas", ORG, "Economic Community of West African States"), ("Roch Marc Christian Kaboré", PER, "Roch Marc Christian Kaboré"), ("Pastef", ORG, "Pastef")];
    word_read_as_a_place_in_a_list_that_is_a_surname_of_the_document_is_the_person:
        "Hussein Velsko walks home. Velsko\u{2019}s village, a few kilometres from the border with Israel, was hit." =>
        [("Hussein Velsko", PER, "Hussein Velsko"), ("Velsko", PER, "Hussein Velsko"), ("Israel", LOC, "Israel")];
    islamic_state_group_is_islamic_state:
        "The Islamic State group claimed the attack." =>
        [("Islamic State", ORG, "Islamic State")];
    canadian_province_abbreviations_in_datelines:
        "HALIFAX, N.S. \u{2014} Ferries resumed, as in Regina, Sask." =>
        [("HALIFAX", LOC, "Halifax"), ("N.S.", LOC, "Nova Scotia"), ("Regina", LOC, "Regina"), ("Sask.", LOC, "Saskatchewan")];
    given_name_that_is_a_rare_word_before_an_unknown_surname_set_off_by_a_role:
        "The operation is led by Lew Zelvenberg, the finance chairman." =>
        [("Lew Zelvenberg", PER, "Lew Zelvenberg")];
    skip_is_a_nickname_not_a_word_of_web_pages_before_a_surname:
        "Skip to main content\n\n\"We agree,\" said Skip Rutherford, a lawyer." =>
        [("Skip Rutherford", PER, "Skip Rutherford")];
    place_head_word_closing_a_hyphenated_surname_makes_no_place:
        "Tries from Jamison Gibson-Park and Dan Sheehan gave Ireland the lead." =>
        [("Jamison Gibson-Park", PER, "Jamison Gibson-Park"), ("Dan Sheehan", PER, "Dan Sheehan"), ("Ireland", LOC, "Ireland")];
    known_place_named_like_a_person_after_streets_of_is_the_place:
        "On the streets of Derry, the reaction was guarded." =>
        [("Derry", LOC, "Derry")];
    word_in_capitals_before_the_opens_no_organisation:
        "He told MPs the Government could not act, Save the Children said." =>
        [("Save the Children", ORG, "Save the Children")];
    town_named_like_a_person_before_its_representative_is_the_town:
        "The combative Orlando congressman lost." =>
        [("Orlando", LOC, "Orlando")];
    shipyard_ends_an_organisation_name:
        "A strike at the Lenin Shipyard began." =>
        [("Lenin Shipyard", ORG, "Lenin Shipyard")];
    polish_given_name_before_a_name_no_list_knows:
        "The strike was led by the electrician Lech Zelvicki." =>
        [("Lech Zelvicki", PER, "Lech Zelvicki")];
    company_and_a_continent_name_its_arm_there:
        "She worked for Enron North America before the EU Africa summit." =>
        [("Enron North America", ORG, "Enron North America"), ("EU", ORG, "European Union"), ("Africa", LOC, "Africa")];
    ambiguous_known_place_joined_by_and_to_a_place_is_the_place:
        "Jobs will go in Newbury and Maidenhead." =>
        [("Newbury", LOC, "Newbury"), ("Maidenhead", LOC, "Maidenhead")];
    town_named_like_a_person_after_suburban_or_downtown_is_the_town:
        "She is an accountant in suburban Charlotte who took part." =>
        [("Charlotte", LOC, "Charlotte")];
    owner_of_a_parent_company_or_shares_is_a_company:
        "Zelvo, whose shares fell, declined to comment. Velsko, whose son died, spoke." =>
        [("Zelvo", ORG, "Zelvo"), ("Velsko", PER, "Velsko")];
    unknown_words_listed_after_an_organisation_are_organisations:
        "Riders for Google, Zepvo and Blinvar gathered. The head of Sony and Ozvik's boss met." =>
        [("Google", ORG, "Google"), ("Zepvo", ORG, "Zepvo"), ("Blinvar", ORG, "Blinvar"), ("Sony", ORG, "Sony"), ("Ozvik", PER, "Ozvik")];
    company_named_by_a_word_that_one_works_for_is_the_company:
        "These drivers work for Amazon. Voters were against TPP." =>
        [("Amazon", ORG, "Amazon")];
    name_after_a_descriptor_and_a_comma_is_a_person_when_an_age_follows:
        "At the landing site, Mwanaidi Velsko, 47, sells fish." =>
        [("Mwanaidi Velsko", PER, "Mwanaidi Velsko")];
    what_a_spokesperson_or_official_speaks_for_is_an_organisation:
        "A Zelvo spokesperson declined to comment, as did an Apple official and a spokesperson for Pixvara." =>
        [("Zelvo", ORG, "Zelvo"), ("Apple", ORG, "Apple"), ("Pixvara", ORG, "Pixvara")];
    finnish_given_name_that_is_an_english_word:
        "Henna Velsko, the commissioner, spoke." =>
        [("Henna Velsko", PER, "Henna Velsko")];
    capital_named_like_a_person_of_the_document_who_speaks_is_the_person:
        "Sofia Ramirez lost her home. \"It hurts,\" Sofia said. Farmers in Sofia say prices rose." =>
        [("Sofia Ramirez", PER, "Sofia Ramirez"), ("Sofia", PER, "Sofia Ramirez"), ("Sofia", LOC, "Sofia")];
    word_after_a_given_name_ending_in_the_arabic_article_goes_on:
        "Tanvir Rafiqul Islam met Paul Smith and scholars of Shia Islam." =>
        [("Tanvir Rafiqul Islam", PER, "Tanvir Rafiqul Islam"), ("Paul Smith", PER, "Paul Smith")];
    chamber_before_its_party_members_is_the_chamber:
        "House Republicans passed the bill." =>
        [("House", ORG, "US House of Representatives"), ("Republicans", ORG, "Republican Party")];
    national_red_cross_societies_are_known_by_name:
        "Volunteers of the Kenya Red Cross searched the river." =>
        [("Kenya Red Cross", ORG, "Kenya Red Cross Society")];
    town_named_like_a_word_before_its_police_is_the_town:
        "Aurora police on Monday announced an arrest." =>
        [("Aurora", LOC, "Aurora")];
    first_nation_is_a_place_and_nation_or_resources_end_an_organisation:
        "Isaac Ridge Resources met leaders of Webequie First Nation and the Nishnawbe Aski Nation." =>
        [("Isaac Ridge Resources", ORG, "Isaac Ridge Resources"), ("Webequie First Nation", LOC, "Webequie First Nation"), ("Nishnawbe Aski Nation", ORG, "Nishnawbe Aski Nation")];
    rarer_surname_that_is_a_word_inside_a_name_set_off_by_a_role:
        "Nazma Begum Zelvi, a garment worker, said the owners were wrong." =>
        [("Nazma Begum Zelvi", PER, "Nazma Begum Zelvi")];
    arabic_and_nepali_given_names_that_are_rare_english_words:
        "Hala Gorani met Bhim Bahadur Khadka." =>
        [("Hala Gorani", PER, "Hala Gorani"), ("Bhim Bahadur Khadka", PER, "Bhim Bahadur Khadka")];
    byline_writer_before_a_known_agency_after_by:
        "Teen charged\n\nBy Tommy Hollis Associated Press\n\nA teen was charged." =>
        [("Tommy Hollis", PER, "Tommy Hollis"), ("Associated Press", ORG, "Associated Press")];
    two_names_joined_by_an_ampersand_are_a_firm:
        "Harlow & Finch said profit rose, and Johnson & Johnson agreed." =>
        [("Harlow & Finch", ORG, "Harlow & Finch"), ("Johnson & Johnson", ORG, "Johnson & Johnson")];
    title_case_plc_ends_a_company_s_name:
        "Shares of Zelvagasta Plc fell." =>
        [("Zelvagasta Plc", ORG, "Zelvagasta Plc")];
    miami_dade_is_one_place:
        "Prosecutors in Miami-Dade charged him." =>
        [("Miami-Dade", LOC, "Miami-Dade County")];
    bracketed_acronym_not_starting_as_the_place_before_it_is_an_organisation:
        "The Fair Housing Center in Toledo (FHC) said so." =>
        [("Fair Housing Center", ORG, "Fair Housing Center"), ("Toledo", LOC, "Toledo"), ("FHC", ORG, "Fair Housing Center")];
    un_missions_are_known_by_name_and_acronym:
        "The United Nations Support Mission in Libya (UNSMIL) urged calm." =>
        [("United Nations Support Mission in Libya", ORG, "United Nations Support Mission in Libya"), ("UNSMIL", ORG, "United Nations Support Mission in Libya")];
    hospital_of_a_place_is_one_name:
        "Patients at University Hospital of North Zelvany waited." =>
        [("University Hospital of North Zelvany", ORG, "University Hospital of North Zelvany")];
    acronym_of_bodies_of_several_countries_is_the_home_country_s:
        "In Galway, the HSE said the hospital was full." =>
        [("Galway", LOC, "Galway"), ("HSE", ORG, "Health Service Executive")];
    same_acronym_in_another_country_is_that_country_s_body:
        "In Leeds, the HSE said the factory was unsafe." =>
        [("Leeds", LOC, "Leeds"), ("HSE", ORG, "Health and Safety Executive")];
    given_name_after_a_vietnamese_family_name_goes_on:
        "Judge Nguyen Thi Kim Loan read the verdict." =>
        [("Nguyen Thi Kim Loan", PER, "Nguyen Thi Kim Loan")];
    rarer_surname_that_is_a_word_needs_an_age_or_a_role:
        "Marek Pasha, 45, said so. Later Pasha left." =>
        [("Marek Pasha", PER, "Marek Pasha"), ("Pasha", PER, "Marek Pasha")];
    syed_opens_a_south_asian_name:
        "Syed Imtiaz Khan said the vote was close." =>
        [("Syed Imtiaz Khan", PER, "Syed Imtiaz Khan")];
    large_city_after_going_to_is_the_city:
        "Lloyd Austin left. Years later she moved to Austin, and wrote a letter to Austin." =>
        [("Lloyd Austin", PER, "Lloyd Austin"), ("Austin", LOC, "Austin"), ("Austin", PER, "Lloyd Austin")];
    national_red_crescent_or_red_cross_is_an_organisation:
        "Volunteers of the Zelvonian Red Crescent searched the coast." =>
        [("Zelvonian Red Crescent", ORG, "Zelvonian Red Crescent")];
    disease_known_by_its_letters_is_no_organisation:
        "Patients with COPD or ALS joined the trial." =>
        [];
    head_word_inside_a_given_name_run_ends_no_person:
        "A Meredith College Poll found most voters agreed." =>
        [];
    preposition_opening_a_sentence_is_no_part_of_a_name:
        "Outside City Hall, tenants cheered." =>
        [("City Hall", LOC, "City Hall")];
    name_of_known_people_of_several_countries_is_the_one_of_the_document_s_country:
        "Speaker Johnson met reporters in Washington; Rep. Steve Scalise, R-La., agreed." =>
        [("Johnson", PER, "Mike Johnson"), ("Washington", LOC, "Washington"), ("Steve Scalise", PER, "Steve Scalise"), ("La.", LOC, "Louisiana")];
    word_no_census_lists_after_a_known_organisation_is_its_product:
        "The Tesla Cybertruck recall widened." =>
        [("Tesla", ORG, "Tesla")];
    edition_numeral_and_model_suffix_name_no_one:
        "The Boeing 737 Max was grounded before Super Bowl LVIII, Pope Leo XIV said." =>
        [("Pope Leo XIV", PER, "Pope Leo XIV")];
    courtesy_title_of_the_other_gender_takes_the_known_person_of_its_own:
        "Mrs. Clinton spoke before Mr. Trump." =>
        [("Clinton", PER, "Hillary Clinton"), ("Trump", PER, "Donald Trump")];
    capitalised_word_between_a_possessive_and_a_plural_names_products:
        "Demand for the company's Blackwell chips soared, the senator's Zelvanski says." =>
        [("Zelvanski", PER, "Zelvanski")];
    known_body_named_through_its_country_s_possessive_is_the_country_and_the_body:
        "South Korea's Defense Ministry said so; Ukraine's armed forces did not." =>
        [("South Korea", LOC, "South Korea"), ("Defense Ministry", ORG, "South Korean Defense Ministry"), ("Ukraine", LOC, "Ukraine")];
    acronyms_british_papers_write_as_words_are_the_organisations:
        "Unesco and Unicef staff met Fifa and Opec officials." =>
        [("Unesco", ORG, "UNESCO"), ("Unicef", ORG, "UNICEF"), ("Fifa", ORG, "FIFA"), ("Opec", ORG, "Organization of the Petroleum Exporting Countries")];
    first_level_regions_of_countries_beyond_the_generated_table:
        "Fighting spread from Cauca to Antioquia and the Rhineland." =>
        [("Cauca", LOC, "Cauca"), ("Antioquia", LOC, "Antioquia"), ("Rhineland", LOC, "Rhineland")];
    districts_of_big_cities_are_places:
        "Inspectors found Wandsworth overcrowded; police patrolled Khayelitsha and Seocho." =>
        [("Wandsworth", LOC, "Wandsworth"), ("Khayelitsha", LOC, "Khayelitsha"), ("Seocho", LOC, "Seocho")];
    station_and_lagoon_words_open_a_place:
        "Bags are kept at Gare Montparnasse; guides work at Laguna Chaxa." =>
        [("Gare Montparnasse", LOC, "Gare Montparnasse"), ("Laguna Chaxa", LOC, "Laguna Chaxa")];
    plural_possessive_inside_an_organisation_s_name_goes_on:
        "The Zelvan Federation of Teachers' Associations met officials of the Bank of America's board." =>
        [("Zelvan Federation of Teachers' Associations", ORG, "Zelvan Federation of Teachers' Associations"), ("Bank of America", ORG, "Bank of America")];
    accented_spanish_given_name_opens_a_byline:
        "Lucía Zelvaro in Lima\n\nStudents marched on Friday." =>
        [("Lucía Zelvaro", PER, "Lucía Zelvaro"), ("Lima", LOC, "Lima")];
    small_town_s_name_opening_a_company_s_is_the_company_before_what_only_a_company_has:
        "Harlow Foods Inc. agreed to buy a rival. Harlow shares fell, Boston Scientific said Boston shares rose." =>
        [("Harlow Foods Inc.", ORG, "Harlow Foods Inc."), ("Harlow", ORG, "Harlow"), ("Boston Scientific", ORG, "Boston Scientific"), ("Boston", LOC, "Boston")];
    african_clubs_are_organisations:
        "Enyimba beat Horoya before Asante Kotoko drew." =>
        [("Enyimba", ORG, "Enyimba"), ("Horoya", ORG, "Horoya AC"), ("Asante Kotoko", ORG, "Asante Kotoko")];
    known_place_after_a_preposition_before_and_is_where_the_last_name_stood:
        "Nurses marched outside Zelvan General Hospital in Minneapolis and United Hospital in Denver." =>
        [("Zelvan General Hospital", ORG, "Zelvan General Hospital"), ("Minneapolis", LOC, "Minneapolis"), ("United Hospital", ORG, "United Hospital"), ("Denver", LOC, "Denver")];
    byline_writer_then_a_known_agency_on_one_line_are_two_names:
        "By Joel Zelvaro Associated Press\n\nThe Peter G. Peterson Institute for International Economics agreed." =>
        [("Joel Zelvaro", PER, "Joel Zelvaro"), ("Associated Press", ORG, "Associated Press"), ("Peter G. Peterson Institute for International Economics", ORG, "Peter G. Peterson Institute for International Economics")];
    playhouse_and_main_station_end_a_place_and_el_nino_names_no_one:
        "After El Niño she played at Minton's Playhouse and left from Berlin Hauptbahnhof." =>
        [("Minton's Playhouse", LOC, "Minton's Playhouse"), ("Berlin Hauptbahnhof", LOC, "Berlin Hauptbahnhof")];
    conference_synod_and_assemblies_open_an_organisation_s_name_with_of:
        "The National Conference of Bishops of Zelvonia and the Assemblies of God met the US Conference of Mayors." =>
        [("National Conference of Bishops of Zelvonia", ORG, "National Conference of Bishops of Zelvonia"), ("Assemblies of God", ORG, "Assemblies of God"), ("US Conference of Mayors", ORG, "US Conference of Mayors")];
    city_district_a_club_is_named_after_stays_the_place_without_a_match:
        "I am a retired teacher from Lanús, she said." =>
        [("Lanús", LOC, "Lanús")];
    transport_operators_and_ports_of_many_countries:
        "Air Peace and Yang Ming Marine Transport agreed, and freight moved through Laem Chabang." =>
        [("Air Peace", ORG, "Air Peace"), ("Yang Ming Marine Transport", ORG, "Yang Ming Marine Transport"), ("Laem Chabang", LOC, "Laem Chabang")];
    age_after_unknown_words_opening_a_sentence_shows_a_person:
        "Karabo Zelvosia, 33, won the race. Mosia, 41, came second." =>
        [("Karabo Zelvosia", PER, "Karabo Zelvosia"), ("Mosia", PER, "Mosia")];
    company_noun_and_of_open_no_name_after_a_dateline_and_reit_ends_one:
        "Mumbai, Feb 12 (PTI) Shares of Kaveri Zelvotech Ltd listed at a premium. Humber Zelvo Residential REIT said rents rose." =>
        [("Mumbai", LOC, "Mumbai"), ("PTI", ORG, "Press Trust of India"), ("Kaveri Zelvotech Ltd", ORG, "Kaveri Zelvotech Ltd"), ("Humber Zelvo Residential REIT", ORG, "Humber Zelvo Residential REIT")];
    public_schools_end_a_district_s_name_and_mmr_names_no_one:
        "Denver Public Schools urged MMR shots." =>
        [("Denver Public Schools", ORG, "Denver Public Schools")];
    byline_of_a_name_a_comma_and_a_news_outlet_names_the_writer:
        "Shops warn of tariff hike\n\nLerato Zelvamini, News24\n\nShop owners say costs rose." =>
        [("Lerato Zelvamini", PER, "Lerato Zelvamini"), ("News24", ORG, "News24")];
    its_after_a_noun_phrase_is_that_phrase_s_not_the_speaker_s:
        "Graham Zelvey spoke on Monday. Testing went on, and Zelvey said the team would switch its focus." =>
        [("Graham Zelvey", PER, "Graham Zelvey"), ("Zelvey", PER, "Graham Zelvey")];
    union_local_is_an_organisation_of_its_own:
        "SEIU Local 1199 and the Teamsters agreed." =>
        [("SEIU Local 1199", ORG, "SEIU Local 1199"), ("Teamsters", ORG, "Teamsters")];
    convention_and_leisure_centres_are_places:
        "Evacuees went to the Rhydycar Leisure Centre and the Zelvo Convention Center." =>
        [("Rhydycar Leisure Centre", LOC, "Rhydycar Leisure Centre"), ("Zelvo Convention Center", LOC, "Zelvo Convention Center")];
    title_s_gender_picks_the_bearer_of_a_shared_surname:
        "Joel Zelvigan, 29, was shot after a call by his mother, Denise Zelvigan. Ms Zelvigan wept." =>
        [("Joel Zelvigan", PER, "Joel Zelvigan"), ("Denise Zelvigan", PER, "Denise Zelvigan"), ("Zelvigan", PER, "Denise Zelvigan")];
    car_brands_are_companies:
        "Chevrolet and Buick recalled cars; Land Rover did not." =>
        [("Chevrolet", ORG, "Chevrolet"), ("Buick", ORG, "Buick"), ("Land Rover", ORG, "Land Rover")];
    trail_heads_a_place:
        "Settlers moved west along the Oregon Trail." =>
        [("Oregon Trail", LOC, "Oregon Trail")];
    national_body_after_a_lower_level_of_government_is_that_level_s_own:
        "The bill passed the state Senate; the Senate in Washington waits." =>
        [("Senate", ORG, "Senate"), ("Senate", ORG, "US Senate"), ("Washington", LOC, "Washington")];
    ambiguous_state_after_a_known_place_and_a_comma:
        "Trump warned in Everett, Wash., on Monday." =>
        [("Trump", PER, "Donald Trump"), ("Everett", LOC, "Everett"), ("Wash.", LOC, "Washington")];
    state_abbreviation_that_is_a_word_ending_a_sentence_needs_a_comma_before:
        "We met after the 10 a.m. Mass. She lives in Boston, Mass. Calif. may act." =>
        [("Boston", LOC, "Boston"), ("Mass.", LOC, "Massachusetts"), ("Calif.", LOC, "California")];
    title_then_a_first_word_no_census_lists_takes_a_surname_that_is_a_word:
        "Opposition came from Mayor London Breed, who says the city cannot pay." =>
        [("London Breed", PER, "London Breed")];
    capitalised_words_after_a_maker_of_are_products:
        "Novo Nordisk, the maker of Ozempic and Wegovy, cut prices." =>
        [("Novo Nordisk", ORG, "Novo Nordisk")];
    large_city_named_like_a_person_ends_a_trip_from_a_place:
        "They moved from Dallas to Austin, then wrote a letter to Austin." =>
        [("Dallas", LOC, "Dallas"), ("Austin", LOC, "Austin"), ("Austin", PER, "Lloyd Austin")];
    english_names_of_cities_the_gazetteer_knows_by_another:
        "Pilgrims flew from Ulan Bator to Mecca, then to Seville." =>
        [("Ulan Bator", LOC, "Ulaanbaatar"), ("Mecca", LOC, "Mecca"), ("Seville", LOC, "Seville")];
    ambiguous_company_after_the_unless_a_word_or_acronym:
        "We stayed at the Hilton before the TPP vote." =>
        [("Hilton", ORG, "Hilton")];
    known_company_after_a_word_that_is_no_given_name_ends_a_person_name:
        "She bought it from Sunnyvale Toyota; Eric Ferrero said so." =>
        [("Sunnyvale Toyota", ORG, "Sunnyvale Toyota"), ("Eric Ferrero", PER, "Eric Ferrero")];
    words_alone_in_marks_after_a_possessive_are_a_title:
        "He told NBC's “Good Morning America” that Ana Ruiz's “Hello,” was a joke." =>
        [("NBC", ORG, "NBC News"), ("Ana Ruiz", PER, "Ana Ruiz")];
    merged_with_names_a_company_and_a_towns_name_is_the_companys_where_one_is_spoken_of:
        "The unit merged with Zelvatech. Gillette shares rose, and the firm was acquired by Gillette; she moved to Gillette." =>
        [("Zelvatech", ORG, "Zelvatech"), ("Gillette", ORG, "Gillette"), ("Gillette", ORG, "Gillette"), ("Gillette", LOC, "Gillette")];
    towns_name_before_a_companys_is_its_dealer:
        "We had a bad time at Sunrise Honda. He moved to Sunrise; Honda makes cars." =>
        [("Sunrise Honda", ORG, "Sunrise Honda"), ("Sunrise", LOC, "Sunrise"), ("Honda", ORG, "Honda")];
    seller_after_buying_and_from_is_a_company:
        "I ended up buying from Zelvomax and ordered a couch from Orvikfair; he came from Zwanfeldia." =>
        [("Zelvomax", ORG, "Zelvomax"), ("Orvikfair", ORG, "Orvikfair"), ("Zwanfeldia", LOC, "Zwanfeldia")];
    buyer_or_owner_after_by_is_a_company:
        "The unit was acquired by Zelvatech; the paper is owned by Bezos; the app was bought by Alphabet in May." =>
        [("Zelvatech", ORG, "Zelvatech"), ("Bezos", PER, "Jeff Bezos"), ("Alphabet", ORG, "Alphabet")];
    party_adjective_before_a_known_body_is_no_part_of_its_name:
        "With a Democratic Senate and the Democratic Caucus behind her, she visited the former Soviet Union." =>
        [("Senate", ORG, "US Senate"), ("Democratic Caucus", ORG, "Democratic Caucus"), ("Soviet Union", LOC, "Soviet Union")];
    call_sign_is_no_organisation:
        "He flew back on Air Force One; the Air Force said so." =>
        [("Air Force", ORG, "Air Force")];
    portfolio_title_is_no_party:
        "Labour Minister Ana Vidal met Labour MP Tom Reddan." =>
        [("Ana Vidal", PER, "Ana Vidal"), ("Labour", ORG, "Labour Party"), ("Tom Reddan", PER, "Tom Reddan")];
    known_organisation_before_and_is_listed_with_the_next_name:
        "It raised money from SoftBank and Marrow Capital. The Observatory for Human Zelvanomics agreed." =>
        [("SoftBank", ORG, "SoftBank"), ("Marrow Capital", ORG, "Marrow Capital"), ("Observatory for Human Zelvanomics", ORG, "Observatory for Human Zelvanomics")];
    ambiguous_alias_alone_is_the_known_person_named_in_full:
        "President Luiz Inacio Lula da Silva spoke. \"It is not for sale,\" Lula told a crowd." =>
        [("Luiz Inacio Lula da Silva", PER, "Luiz Inácio Lula da Silva"), ("Lula", PER, "Luiz Inácio Lula da Silva")];
    team_named_by_its_nickname_in_a_match:
        "They beat the Zelvon Hawks, then fought the Republican-led Congress." =>
        [("Zelvon Hawks", ORG, "Zelvon Hawks"), ("Congress", ORG, "US Congress")];
    verb_of_command_opening_the_sentence_is_no_part_of_the_name:
        "Avoid Sunrise Plumbing & Heating at all costs! Visit Marrow Bay Park." =>
        [("Sunrise Plumbing & Heating", ORG, "Sunrise Plumbing & Heating"), ("Marrow Bay Park", LOC, "Marrow Bay Park")];
    a_disease_named_after_someone_is_no_person:
        "A new Alzheimer's drug won approval; the Alzheimer's Association praised it." =>
        [("Alzheimer's Association", ORG, "Alzheimer's Association")];
    company_named_after_a_person_named_by_the_surname_alone:
        "Eli Lilly won approval. Lilly said the drug would cost more." =>
        [("Eli Lilly", ORG, "Eli Lilly"), ("Lilly", ORG, "Eli Lilly")];
    field_heads_a_place_unless_a_common_given_name_opens_it:
        "The storm hit Tropicana Field, and Sally Field spoke." =>
        [("Tropicana Field", LOC, "Tropicana Field"), ("Sally Field", PER, "Sally Field")];
    town_named_like_its_university_is_the_university_where_one_studies:
        "He studied at Oxford, and a professor at Princeton agreed; he lives in Oxford." =>
        [("Oxford", ORG, "University of Oxford"), ("Princeton", ORG, "Princeton University"), ("Oxford", LOC, "Oxford")];
    chief_executive_and_customers_are_a_companys:
        "Zelvotek's CEO resigned, and the customers of Orvikon complained." =>
        [("Zelvotek", ORG, "Zelvotek"), ("Orvikon", ORG, "Orvikon")];
    speaker_that_speaks_of_its_own_is_an_organisation:
        "Zelvotek said on Monday its profit fell. Orvikan said it was over." =>
        [("Zelvotek", ORG, "Zelvotek"), ("Orvikan", PER, "Orvikan")];
    unknown_word_before_a_companys_title_and_a_name_is_the_company:
        "Zelvotek CEO Ana Ruiz and Orvikon chief executive Tom Lee spoke." =>
        [("Zelvotek", ORG, "Zelvotek"), ("Ana Ruiz", PER, "Ana Ruiz"), ("Orvikon", ORG, "Orvikon"), ("Tom Lee", PER, "Tom Lee")];
    employer_after_working_or_a_spokesman_is_an_organisation_unless_a_person:
        "She works at Zelvotek; a spokesman for Orvikon declined to comment. Tom Zwanfeld spoke, and a lawyer for Zwanfeld declined too." =>
        [("Zelvotek", ORG, "Zelvotek"), ("Orvikon", ORG, "Orvikon"), ("Tom Zwanfeld", PER, "Tom Zwanfeld"), ("Zwanfeld", PER, "Tom Zwanfeld")];
    where_one_studies_or_teaches_is_a_school:
        "He was educated at Zelvon and later taught at Orvik Marovo; a student of Zwanfeld Marek, he said so." =>
        [("Zelvon", ORG, "Zelvon"), ("Orvik Marovo", ORG, "Orvik Marovo"), ("Zwanfeld Marek", PER, "Zwanfeld Marek")];
    town_named_like_its_club_is_the_club_in_a_match:
        "They thrashed Luton 5-1, and Lille crushed them; Luton is near London. Liverpool were held 1-1." =>
        [("Luton", ORG, "Luton Town"), ("Lille", ORG, "Lille OSC"), ("Luton", LOC, "Luton"), ("London", LOC, "London"), ("Liverpool", ORG, "Liverpool FC")];
    region_named_like_its_club_is_the_club_in_a_match:
        "Juventus climbed to second after beating Lazio; Rome is the capital of Lazio." =>
        [("Juventus", ORG, "Juventus"), ("Lazio", ORG, "SS Lazio"), ("Rome", LOC, "Rome"), ("Lazio", LOC, "Lazio")];
    english_words_a_rare_given_name_opens_after_an_article_name_a_thing:
        "The film won the Golden Lion, like the Tom Zelvanks movie before it." =>
        [("Tom Zelvanks", PER, "Tom Zelvanks")];
    company_or_acronym_before_a_model_or_index_number_names_no_organisation:
        "A Boeing 737 landed as the FTSE 100 fell; HP's 83 divisions and Zelvatronics shares rose 2 percent. Shares of Zelvatron jumped." =>
        [("HP", ORG, "HP"), ("Zelvatron", ORG, "Zelvatron")];
    dateline_town_no_list_knows_before_its_state:
        "ZELVAVILLE, Ohio — A storm hit." =>
        [("ZELVAVILLE", LOC, "ZELVAVILLE"), ("Ohio", LOC, "Ohio")];
    head_word_of_two_words_wins_over_its_last:
        "Classes resume, said the Zelvaville City School District." =>
        [("Zelvaville City School District", ORG, "Zelvaville City School District")];
    unmarked_title_after_a_noun_for_a_work_names_no_one:
        "She wrote her first novel Zelva Road. The author of the book, Ana Ruiz, spoke." =>
        [("Ana Ruiz", PER, "Ana Ruiz")];
    textiles_and_manufacturing_head_companies:
        "It merged with Carolina Textiles and Zelva Manufacturing." =>
        [("Carolina Textiles", ORG, "Carolina Textiles"), ("Zelva Manufacturing", ORG, "Zelva Manufacturing")];
    product_name_before_its_number_is_no_person:
        "It grounded 65 Max 9 jets and named Barron 9." =>
        [("Barron", PER, "Barron")];
    laws_and_everyday_acronyms_are_no_organisations:
        "The ACA survived; sales of EV batteries rose as FOIA requests piled up." =>
        [];
    korean_family_name_before_a_given_name_whose_first_syllable_is_a_word:
        "Jun Young-hyun, who heads the unit, apologised." =>
        [("Jun Young-hyun", PER, "Jun Young-hyun")];
    parks_and_landmarks_are_places:
        "We hiked in Yosemite, then saw the Eiffel Tower and the Statue of Liberty." =>
        [("Yosemite", LOC, "Yosemite National Park"), ("Eiffel Tower", LOC, "Eiffel Tower"), ("Statue of Liberty", LOC, "Statue of Liberty")];
    courtesy_title_before_a_surname_common_worldwide_is_no_known_person:
        "Dr. Patel saw us; Mr. Khan spoke." =>
        [("Patel", PER, "Patel"), ("Khan", PER, "Khan")];
    unknown_organisation_named_by_what_is_said_is_named_again_by_its_word:
        "Zelvatech, the software maker, cut jobs. Zelvatech joins others. A Zelvatech spokesperson declined." =>
        [("Zelvatech", ORG, "Zelvatech"), ("Zelvatech", ORG, "Zelvatech"), ("Zelvatech", ORG, "Zelvatech")];
    large_city_after_in_or_any_city_before_its_state_is_the_place:
        "The firm is based in Austin; Warren, Michigan, voted; Austin's view differs." =>
        [("Austin", LOC, "Austin"), ("Warren", LOC, "Warren"), ("Michigan", LOC, "Michigan"), ("Austin", PER, "Lloyd Austin")];
    unknown_name_after_a_places_office_or_part_and_of_is_a_place:
        "The mayor of Zelvaburg spoke; it lies north of Zelvunda, in parts of Ana Ruiz's old district." =>
        [("Zelvaburg", LOC, "Zelvaburg"), ("Zelvunda", LOC, "Zelvunda"), ("Ana Ruiz", PER, "Ana Ruiz")];
    cemeteries_abbeys_creeks_and_gardens_are_places:
        "He was buried in Zelva Cemetery near Marrow Abbey, by Kestrel Creek; Tyrone Woods played." =>
        [("Zelva Cemetery", LOC, "Zelva Cemetery"), ("Marrow Abbey", LOC, "Marrow Abbey"), ("Kestrel Creek", LOC, "Kestrel Creek"), ("Tyrone Woods", PER, "Tyrone Woods")];
    railways_networks_ensembles_and_newspapers_by_their_head_word:
        "Zelvonia Railroad sued Zelva River Networks, the Marrow Quartet and the Zelva Sentinel." =>
        [("Zelvonia Railroad", ORG, "Zelvonia Railroad"), ("Zelva River Networks", ORG, "Zelva River Networks"), ("Marrow Quartet", ORG, "Marrow Quartet"), ("Zelva Sentinel", ORG, "Zelva Sentinel")];
    club_name_openers_from_abroad:
        "He left Dynamo Kyiv for Deportivo Zelvali and Olympique Zelvarseille." =>
        [("Dynamo Kyiv", ORG, "Dynamo Kyiv"), ("Deportivo Zelvali", ORG, "Deportivo Zelvali"), ("Olympique Zelvarseille", ORG, "Olympique Zelvarseille")];
    neighbors_who_speak_are_no_surname:
        "Neighbors said they heard shots." =>
        [];
    given_names_from_abroad_open_a_name_at_a_sentence_start:
        "Pep Zelvardiola spoke first. Xabi Zelvonso listened." =>
        [("Pep Zelvardiola", PER, "Pep Zelvardiola"), ("Xabi Zelvonso", PER, "Xabi Zelvonso")];
    south_asian_given_names_open_names:
        "Vikram Zelvar met Raj Orvikan and Deepak Zwanfeld." =>
        [("Vikram Zelvar", PER, "Vikram Zelvar"), ("Raj Orvikan", PER, "Raj Orvikan"), ("Deepak Zwanfeld", PER, "Deepak Zwanfeld")];
    arab_persian_and_african_given_names_open_names:
        "Amir Zelvati met Nnamdi Orvikan and Ngozi Zwanfeld." =>
        [("Amir Zelvati", PER, "Amir Zelvati"), ("Nnamdi Orvikan", PER, "Nnamdi Orvikan"), ("Ngozi Zwanfeld", PER, "Ngozi Zwanfeld")];
    french_and_german_given_names_open_names_whose_surname_is_a_word:
        "It was shared with Henri Becquerel and Karl-Heinz Kamp." =>
        [("Henri Becquerel", PER, "Henri Becquerel"), ("Karl-Heinz Kamp", PER, "Karl-Heinz Kamp")];
    given_name_common_abroad_though_rare_in_the_census:
        "Mohammed Manga said so, and Giovanni Bread agreed." =>
        [("Mohammed Manga", PER, "Mohammed Manga"), ("Giovanni Bread", PER, "Giovanni Bread")];
    everyday_acronyms_and_currency_codes_name_no_one_and_postal_codes_are_states:
        "It cost 500 USD, the OEM part did, and POTUS went to a rally in AZ and NH." =>
        [("AZ", LOC, "Arizona"), ("NH", LOC, "New Hampshire")];
    thanks_to_is_a_preposition_not_a_verb:
        "The side won at Zelvfield thanks to a late goal." =>
        [];
    small_city_named_like_a_persons_given_name_is_the_person:
        "Unai has done a fine job, said Zelvo Marek. Unai Emery agreed." =>
        [("Unai", PER, "Unai Emery"), ("Zelvo Marek", PER, "Zelvo Marek"), ("Unai Emery", PER, "Unai Emery")];
    people_of_a_state_or_city_are_nobodys_name:
        "The hard-right Arizonan spoke; Floridians Zelva Ruiz and Ana Ortiz agreed, as Angelenos did." =>
        [("Zelva Ruiz", PER, "Zelva Ruiz"), ("Ana Ortiz", PER, "Ana Ortiz")];
    words_newer_than_websters_are_english_words:
        "Malware spread online. Filmmaker Zelva Ruiz said so." =>
        [("Zelva Ruiz", PER, "Zelva Ruiz")];
    unknown_word_before_a_city_names_a_club_or_a_place:
        "He joined Spartak Moscow, and the line runs from Zelvaita Sodo to Nairobi." =>
        [("Spartak Moscow", ORG, "Spartak Moscow"), ("Zelvaita Sodo", LOC, "Zelvaita Sodo"), ("Nairobi", LOC, "Nairobi")];
    agent_of_a_deed_people_do_is_a_person:
        "The empire was founded by Zelvabur in 1526 and later ruled by Orvikan, as Zelvabad forces fought." =>
        [("Zelvabur", PER, "Zelvabur"), ("Orvikan", PER, "Orvikan")];
    historical_places_by_their_names_of_the_time:
        "Traders sailed from Constantinople to Ceylon, and later from Danzig to Leningrad." =>
        [("Constantinople", LOC, "Constantinople"), ("Ceylon", LOC, "Ceylon"), ("Danzig", LOC, "Danzig"), ("Leningrad", LOC, "Leningrad")];
    towns_name_before_who_is_a_persons:
        "The city was besieged by Hannibal, who crossed the river." =>
        [("Hannibal", PER, "Hannibal")];
    towns_name_before_a_speech_verb_is_a_persons:
        "“We will win,” Hyde said." =>
        [("Hyde", PER, "Hyde")];
    towns_name_before_who_after_a_place_preposition_is_the_town:
        "Officials in Hannibal, who declined to comment, agreed." =>
        [("Hannibal", LOC, "Hannibal")];
    unknown_word_before_a_small_town_is_a_given_name:
        "The firm was founded by Zelvichiro Toyoda in 1937." =>
        [("Zelvichiro Toyoda", PER, "Zelvichiro Toyoda")];
    company_or_news_organisation_before_a_country_is_its_branch:
        "Google India grew, BBC Scotland reported it and the EU Britain deal failed." =>
        [("Google India", ORG, "Google India"), ("BBC Scotland", ORG, "BBC Scotland"), ("EU", ORG, "European Union"), ("Britain", LOC, "United Kingdom")];
    known_organisations_branch_before_a_speech_verb:
        "Breitbart London reported the story." =>
        [("Breitbart London", ORG, "Breitbart London")];
    laboratories_observatories_and_spaceports:
        "CAPE CANAVERAL, Fla. — Zelvo Propulsion Laboratory and the Marku Observatory watched." =>
        [("CAPE CANAVERAL", LOC, "Cape Canaveral"), ("Fla.", LOC, "Florida"), ("Zelvo Propulsion Laboratory", ORG, "Zelvo Propulsion Laboratory"), ("Marku Observatory", ORG, "Marku Observatory")];
    unknown_word_whose_possessive_a_persons_name_follows_employs_them:
        "Zelvoinfo's Ana Ruiz called it strong; Trump's Mike Pence agreed." =>
        [("Zelvoinfo", ORG, "Zelvoinfo"), ("Ana Ruiz", PER, "Ana Ruiz"), ("Trump", PER, "Donald Trump"), ("Mike Pence", PER, "Mike Pence")];
    company_that_few_people_are_named_after_acts:
        "Apple unveiled a phone and Amazon launched a service." =>
        [("Apple", ORG, "Apple"), ("Amazon", ORG, "Amazon")];
    river_after_an_article_is_no_company:
        "The fires spread as the Amazon burned." =>
        [];
    family_name_before_a_romanised_given_name:
        "Son Hyeok-jun scored and Park Seo-yun watched; a Trump-like plan." =>
        [("Son Hyeok-jun", PER, "Son Hyeok-jun"), ("Park Seo-yun", PER, "Park Seo-yun"), ("Trump", PER, "Donald Trump")];
    words_for_family_are_no_names:
        "My Mom and Grandpa drove. Thanks, Mom!" =>
        [];
    courtesy_title_before_a_common_surname_is_no_known_person:
        "Dr. Smith saw us, and Premier Smith spoke." =>
        [("Smith", PER, "Smith"), ("Smith", PER, "Danielle Smith")];
    territory_ends_a_places_name:
        "The Zelvo Territory hosted the games." =>
        [("Zelvo Territory", LOC, "Zelvo Territory")];
    everyday_given_name_signing_off_a_letter:
        "Send it by Friday.\n\nThanks,\nMark\n" =>
        [("Mark", PER, "Mark")];
    prefix_after_and_opens_another_organisation:
        "The Campaign for Zelvo Reform and Citizens for Marku Justice sued the Movement for Ruiz Change." =>
        [("Campaign for Zelvo Reform", ORG, "Campaign for Zelvo Reform"), ("Citizens for Marku Justice", ORG, "Citizens for Marku Justice"), ("Movement for Ruiz Change", ORG, "Movement for Ruiz Change")];
    head_word_that_opens_a_known_name_goes_with_it:
        "Voters in the heavily Democratic District of Columbia and Gitmo detainees." =>
        [("District of Columbia", LOC, "District of Columbia"), ("Gitmo", LOC, "Guantanamo Bay")];
    korea_alone_is_a_place:
        "Airports in China, Korea and Japan are better." =>
        [("China", LOC, "China"), ("Korea", LOC, "Korean Peninsula"), ("Japan", LOC, "Japan")];
    word_opening_the_sentence_is_no_part_of_a_known_company:
        "Rival Advanced Micro Devices Inc. rose." =>
        [("Advanced Micro Devices Inc.", ORG, "Advanced Micro Devices")];
    local_business_by_its_trade:
        "We used Zelvo Plumbing, took the kids to Marku Pediatrics and the car to Bob's Auto Repair." =>
        [("Zelvo Plumbing", ORG, "Zelvo Plumbing"), ("Marku Pediatrics", ORG, "Marku Pediatrics"), ("Bob's Auto Repair", ORG, "Bob's Auto Repair")];
    surname_before_a_noun_for_its_family:
        "The Koch brothers and the Zelvo family gave; the Royal family waved." =>
        [("Koch", PER, "Koch"), ("Zelvo", PER, "Zelvo")];
    organisation_opened_by_a_foreign_head_word:
        "She taught at the Universidad de Zelvania and the École Normale Marku." =>
        [("Universidad de Zelvania", ORG, "Universidad de Zelvania"), ("École Normale Marku", ORG, "École Normale Marku")];
    rivers_mountains_and_deserts:
        "They sailed the Thames, climbed Kilimanjaro and crossed the Gobi." =>
        [("Thames", LOC, "Thames"), ("Kilimanjaro", LOC, "Mount Kilimanjaro"), ("Gobi", LOC, "Gobi")];
    congress_of_a_place_is_no_national_legislature:
        "The Congress of Vienna met, and Congress passed the bill." =>
        [("Congress of Vienna", ORG, "Congress of Vienna"), ("Congress", ORG, "US Congress")];
    names_joined_by_an_ampersand_are_a_firm:
        "She left Zelvan, Marku & Ruiz for Brannock & Sullivan, and met Jim & Ana Roe." =>
        [("Zelvan, Marku & Ruiz", ORG, "Zelvan, Marku & Ruiz"), ("Brannock & Sullivan", ORG, "Brannock & Sullivan"), ("Jim", PER, "Jim"), ("Ana Roe", PER, "Ana Roe")];
    firm_with_a_generic_word_after_the_ampersand:
        "The draft came from Zelvo Capital & Trade; my son goes to Marku Elementary." =>
        [("Zelvo Capital & Trade", ORG, "Zelvo Capital & Trade"), ("Marku Elementary", ORG, "Marku Elementary")];
    club_and_company_by_their_head_words:
        "He played for FC Zelvo and HC Dynamo Marku and founded Marku Dynamics." =>
        [("FC Zelvo", ORG, "FC Zelvo"), ("HC Dynamo Marku", ORG, "HC Dynamo Marku"), ("Marku Dynamics", ORG, "Marku Dynamics")];
    occupation_before_a_name_is_a_title:
        "It was rebuilt by the architect Zelvo Piano." =>
        [("Zelvo Piano", PER, "Zelvo Piano")];
    city_after_playing_or_signing_for_is_its_club:
        "He played for Ajax and signed for Porto in 2019. He was born in Porto." =>
        [("Ajax", ORG, "AFC Ajax"), ("Porto", ORG, "FC Porto"), ("Porto", LOC, "Porto")];
    initials_before_an_unknown_surname_follow_the_title:
        "Chief Justice D.Y. Zelvanchud ruled." =>
        [("D.Y. Zelvanchud", PER, "D.Y. Zelvanchud")];
    title_written_out_after_an_unknown_given_name_is_a_surname:
        "The leader Zelvaboo Mufti, 64, and Florida Senator Marco Rubio spoke." =>
        [("Zelvaboo Mufti", PER, "Zelvaboo Mufti"), ("Florida", LOC, "Florida"), ("Marco Rubio", PER, "Marco Rubio")];
    relative_clause_for_a_person_after_an_unknown_name:
        "Zelvok, who heads the party, was arrested." =>
        [("Zelvok", PER, "Zelvok")];
    ambiguous_name_is_sure_in_its_longer_form:
        "Time magazine praised Apple Inc. and Delta Air Lines." =>
        [("Time magazine", ORG, "Time"), ("Apple Inc.", ORG, "Apple"), ("Delta Air Lines", ORG, "Delta Air Lines")];
    sentence_starts_anew_after_a_dateline:
        "LONDON (Reuters) - Shares of Zwanebank Corp rose." =>
        [("LONDON", LOC, "London"), ("Reuters", ORG, "Reuters"), ("Zwanebank Corp", ORG, "Zwanebank Corp")];
    name_going_on_in_lower_case_after_a_word_never_a_name_alone:
        "They’re in Time magazine, and I’m told the Baltic states agreed on Tuesday." =>
        [("Time magazine", ORG, "Time"), ("Baltic states", LOC, "Baltics")];
    place_an_apposition_calls_a_town:
        "In Sulphur, a town of 5,000, and Ada, a small city, shelters opened; Ada, a nurse, helped." =>
        [("Sulphur", LOC, "Sulphur"), ("Ada", LOC, "Ada"), ("Ada", PER, "Ada")];
    given_name_after_a_place_preposition_takes_the_documents_sense:
        "Ada, a small city, opened shelters. Later, shelters in Ada filled." =>
        [("Ada", LOC, "Ada"), ("Ada", LOC, "Ada")];
    organisations_listed_without_commas_stay_apart:
        "Follow us: Facebook Instagram YouTube" =>
        [("Facebook", ORG, "Facebook"), ("Instagram", ORG, "Instagram"), ("YouTube", ORG, "YouTube")];
    title_of_a_work_in_marks_names_no_one:
        "She starred in the “Zelvo Marku” films and the play “Ana Ruiz” with Maria Lopez." =>
        [("Maria Lopez", PER, "Maria Lopez")];
    given_name_that_is_also_a_group_word_before_a_surname:
        "Christian Zelvanek and Tory Marzolla spoke." =>
        [("Christian Zelvanek", PER, "Christian Zelvanek"), ("Tory Marzolla", PER, "Tory Marzolla")];
    name_opening_with_abu:
        "Abu Zelvan al-Marku spoke, and Abu Dhabi listened." =>
        [("Abu Zelvan al-Marku", PER, "Abu Zelvan al-Marku"), ("Abu Dhabi", LOC, "Abu Dhabi")];
    title_after_a_title_before_the_name:
        "Energy Minister Prince Zelvan bin Marku and Chief Petty Officer Ana Ruiz spoke." =>
        [("Zelvan bin Marku", PER, "Zelvan bin Marku"), ("Ana Ruiz", PER, "Ana Ruiz")];
    word_after_a_dateline_opens_the_sentence:
        "CUPERTINO, Calif. — Apple unveiled a phone." =>
        [("CUPERTINO", LOC, "Cupertino"), ("Calif.", LOC, "California"), ("Apple", ORG, "Apple")];
    dateline_place_with_small_words:
        "RIO DE JANEIRO (Reuters) - The fire spread." =>
        [("RIO DE JANEIRO", LOC, "Rio de Janeiro"), ("Reuters", ORG, "Reuters")];
    place_of_several_words_in_capitals:
        "NEW YORK (Reuters) - The fire spread." =>
        [("NEW YORK", LOC, "New York"), ("Reuters", ORG, "Reuters")];
    sports_clubs_by_their_full_names:
        "The Dallas Cowboys lost to the Philadelphia Eagles." =>
        [("Dallas Cowboys", ORG, "Dallas Cowboys"), ("Philadelphia Eagles", ORG, "Philadelphia Eagles")];
    two_places_with_head_words_joined_by_and:
        "They climbed Mount Zwanfeld and Mount Orvik, then saw Lake Zwanfeld and Lake Orvik." =>
        [("Mount Zwanfeld", LOC, "Mount Zwanfeld"), ("Mount Orvik", LOC, "Mount Orvik"),
         ("Lake Zwanfeld", LOC, "Lake Zwanfeld"), ("Lake Orvik", LOC, "Lake Orvik")];
    run_of_unknown_words_after_in_or_near_is_a_place:
        "He lived in Zelvaya Orvikana for years, near Zwanfeld Marovo." =>
        [("Zelvaya Orvikana", LOC, "Zelvaya Orvikana"), ("Zwanfeld Marovo", LOC, "Zwanfeld Marovo")];
    arabic_and_spanish_words_for_a_village_city_or_valley_open_a_place:
        "Shells hit Beit Zelva and Kafr Orvik; Wadi Zwanfeld and Ciudad Marovo flooded." =>
        [("Beit Zelva", LOC, "Beit Zelva"), ("Kafr Orvik", LOC, "Kafr Orvik"), ("Wadi Zwanfeld", LOC, "Wadi Zwanfeld"), ("Ciudad Marovo", LOC, "Ciudad Marovo")];
    streets_named_in_portuguese_spanish_or_malay:
        "Shops on Rua Zelvista, Avenida Orvik and Jalan Zwanfeld closed." =>
        [("Rua Zelvista", LOC, "Rua Zelvista"), ("Avenida Orvik", LOC, "Avenida Orvik"), ("Jalan Zwanfeld", LOC, "Jalan Zwanfeld")];
    street_abbreviations_without_a_full_stop_end_a_street:
        "The shop on Zelva Ave moved to Orvik Blvd, near Zwanfeld Rd today." =>
        [("Zelva Ave", LOC, "Zelva Ave"), ("Orvik Blvd", LOC, "Orvik Blvd"), ("Zwanfeld Rd", LOC, "Zwanfeld Rd")];
    title_that_is_also_a_known_name:
        "Economist Jane Foley spoke to The Economist." =>
        [("Jane Foley", PER, "Jane Foley"), ("The Economist", ORG, "The Economist")];
    unknown_word_after_name_of_is_no_person:
        "Maria Lopez of Zwanebank said rates would rise." =>
        [("Maria Lopez", PER, "Maria Lopez")];
    surname_after_a_particle_may_be_a_word:
        "The raid killed Osama bin Laden in 2011." =>
        [("Osama bin Laden", PER, "Osama bin Laden")];
    given_name_from_outside_the_census_lists:
        "He met Olena Zwaneveld in Warsaw." =>
        [("Olena Zwaneveld", PER, "Olena Zwaneveld"), ("Warsaw", LOC, "Warsaw")];
    title_before_unknown_name: "Foreign Minister Anna Lindqvist arrived in Oslo on Monday." =>
        [("Anna Lindqvist", PER, "Anna Lindqvist"), ("Oslo", LOC, "Oslo")];
    lower_case_title_and_known_person: "Kremlin spokesman Dmitry Peskov spoke to reporters." =>
        [("Kremlin", ORG, "Kremlin"), ("Dmitry Peskov", PER, "Dmitry Peskov")];
    demonym_is_not_a_place: "Russian President Vladimir Putin met the envoy." =>
        [("Vladimir Putin", PER, "Vladimir Putin")];
    surname_links_to_full_name: "Sen. Mara Delgado voted no. Delgado later left the chamber." =>
        [("Mara Delgado", PER, "Mara Delgado"), ("Delgado", PER, "Mara Delgado")];
    surname_that_is_a_closed_class_word:
        "Theresa May met them. In May, May said little. Critics attacked May's plan. Will it pass?" =>
        [("Theresa May", PER, "Theresa May"), ("May", PER, "Theresa May"), ("May", PER, "Theresa May")];
    surname_that_is_a_rare_word_before_said: "But Podesta said the firm was paid. Friends said so." =>
        [("Podesta", PER, "Podesta")];
    word_ending_a_name_before_said_is_no_surname: "The Blaze reported it first." =>
        [("The Blaze", ORG, "TheBlaze")];
    surname_before_full_name: "Delgado said little. Sen. Mara Delgado had voted no." =>
        [("Delgado", PER, "Mara Delgado"), ("Mara Delgado", PER, "Mara Delgado")];
    given_name_links_to_full_name: "Tom Varga arrived late. Tom apologised to the panel." =>
        [("Tom Varga", PER, "Tom Varga"), ("Tom", PER, "Tom Varga")];
    known_aliases_share_an_entity: "Zelensky spoke after Volodymyr Zelenskyy landed in Kiev." =>
        [("Zelensky", PER, "Volodymyr Zelenskyy"), ("Volodymyr Zelenskyy", PER, "Volodymyr Zelenskyy"),
         ("Kiev", LOC, "Kyiv")];
    possessive_is_left_out: "Moscow's troops entered Ukraine's east." =>
        [("Moscow", LOC, "Moscow"), ("Ukraine", LOC, "Ukraine")];
    organisation_by_head_word: "The National Energy Council met officials of the Ministry of Transport." =>
        [("National Energy Council", ORG, "National Energy Council"),
         ("Ministry of Transport", ORG, "Ministry of Transport")];
    company_suffix: "Shares of Acme Widgets Inc. fell." =>
        [("Acme Widgets Inc.", ORG, "Acme Widgets Inc.")];
    ambiguous_city_needs_evidence: "Reading is a habit she kept after moving to Reading." =>
        [("Reading", LOC, "Reading")];
    weekdays_and_months_are_not_entities: "On Friday, in January, Talks resumed." => [];
    known_name_that_is_a_word_after_a_sentence_opener: "When Trump arrived, the hall cheered." =>
        [("Trump", PER, "Donald Trump")];
    everyday_given_name_before_a_surname: "Bill Okafor said the Housing Bill passed." =>
        [("Bill Okafor", PER, "Bill Okafor")];
    word_ending_a_capitalised_phrase_is_no_name: "The Common Core was rolled out badly." => [];
    unknown_words_in_a_list_of_places: "Blasts hit Mosul, Baiji, and Tuz, and Kirkuk and Iyassu, a student, fled." =>
        [("Mosul", LOC, "Mosul"), ("Baiji", LOC, "Baiji"), ("Tuz", LOC, "Tuz"), ("Kirkuk", LOC, "Kirkuk")];
    empire_is_an_organisation: "Trade with the Ottoman Empire grew." =>
        [("Ottoman Empire", ORG, "Ottoman Empire")];
    word_ending_a_capitalised_phrase_is_no_speaker: "Six Great Powers rejected the plan." => [];
    dean_is_a_given_name: "Dean Okafor, a salesman, voted." => [("Dean Okafor", PER, "Dean Okafor")];
    shared_surname_is_the_person_named_first: "Nadia Okafor spoke first. Her husband, Tunde Okafor, agreed. Okafor left." =>
        [("Nadia Okafor", PER, "Nadia Okafor"), ("Tunde Okafor", PER, "Tunde Okafor"), ("Okafor", PER, "Nadia Okafor")];
    shared_surname_the_rules_pass_over_is_still_a_person:
        "Nadia Baker spoke first. Her husband, Tunde Baker, agreed. The board saw Baker, then 44, as a leader." =>
        [("Nadia Baker", PER, "Nadia Baker"), ("Tunde Baker", PER, "Tunde Baker"), ("Baker", PER, "Nadia Baker")];
    given_name_alone_is_the_person_of_the_document:
        "Senator Ysolde Marchetti spoke. Voters cheered for Ysolde, not for the Star of Ysolde or #Ysolde." =>
        [("Ysolde Marchetti", PER, "Ysolde Marchetti"), ("Ysolde", PER, "Ysolde Marchetti")];
    known_shared_surname_is_the_one_named_first_of_its_kind:
        "Hillary Clinton spoke. Bill Clinton watched. Clinton won. Eric Trump spoke. Donald Trump came. Trump left." =>
        [("Hillary Clinton", PER, "Hillary Clinton"), ("Bill Clinton", PER, "Bill Clinton"),
         ("Clinton", PER, "Hillary Clinton"), ("Eric Trump", PER, "Eric Trump"),
         ("Donald Trump", PER, "Donald Trump"), ("Trump", PER, "Donald Trump")];
    rare_surname_after_a_preposition_of_place: "Refugees settled in Clarkston last year." =>
        [("Clarkston", LOC, "Clarkston")];
    hyphenated_names: "The Trump-Putin summit ended." =>
        [("Trump", PER, "Donald Trump"), ("Putin", PER, "Vladimir Putin")];
    curly_apostrophe_inside_a_known_name:
        "Shoppers left Macy’s early. The Austrian People’s Party won." =>
        [("Macy’s", ORG, "Macy's"), ("Austrian People’s Party", ORG, "Austrian People's Party")];
    prefixed_compound_names_none_of_its_parts:
        "Pro-Kremlin media cheered. The anti-Trump crowd and the Trans-Pacific deal." => [];
    known_names_in_a_headline_in_capitals:
        "OBAMA TO VISIT CUBA AND NEW ZEALAND. CHINA WARNS JAPAN. TRUMP CARD PLAYED. RYAN ZELVOS WINS." =>
        [("OBAMA", PER, "Barack Obama"), ("CUBA", LOC, "Cuba"), ("NEW ZEALAND", LOC, "New Zealand"),
         ("CHINA", LOC, "China"), ("JAPAN", LOC, "Japan"), ("RYAN ZELVOS", PER, "RYAN ZELVOS")];
    person_in_capitals: "By MARIA LOPEZ\nLINDA ZELVOS QUITS. CARSON CASH CONTINUED." =>
        [("MARIA LOPEZ", PER, "MARIA LOPEZ"), ("LINDA ZELVOS", PER, "LINDA ZELVOS")];
    known_name_with_the_is_not_meant_when_the_name_goes_on:
        "The Independent Vermont senator spoke. The Nation of Islam met. The Guardian's editor left." =>
        [("Vermont", LOC, "Vermont"), ("Nation of Islam", ORG, "Nation of Islam"), ("The Guardian", ORG, "The Guardian")];
    plural_possessive_inside_an_organisation_name:
        "The National Women's Law Center sued. The Zelvan People's Liberation Front and the Lakeland Patrolmen's Association met." =>
        [("National Women's Law Center", ORG, "National Women's Law Center"),
         ("Zelvan People's Liberation Front", ORG, "Zelvan People's Liberation Front"),
         ("Lakeland Patrolmen's Association", ORG, "Lakeland Patrolmen's Association")];
    company_named_by_a_word_is_known_by_what_it_owns_or_says:
        "Apple shares fell. Apple said it would appeal. Delta's stock rose." =>
        [("Apple", ORG, "Apple"), ("Apple", ORG, "Apple"), ("Delta", ORG, "Delta Air Lines")];
    unknown_name_before_an_irregular_past_is_a_person:
        "Zelvo Dravik hit two home runs. The news site Orvikpedia held a poll." =>
        [("Zelvo Dravik", PER, "Zelvo Dravik"), ("Orvikpedia", ORG, "Orvikpedia")];
    armed_forces_and_treasury_named_by_a_word:
        "The Army said two soldiers died. Army veteran Jo Roe spoke. The Treasury disagreed." =>
        [("Army", ORG, "Army"), ("Jo Roe", PER, "Jo Roe"), ("Treasury", ORG, "Treasury")];
    road_of_a_state_takes_the_state_and_interstate_keeps_its_letter:
        "The fire jumped Montana Highway 200; State Route 7, Highway YY and I-81 closed." =>
        [("Montana Highway 200", LOC, "Montana Highway 200"), ("State Route 7", LOC, "State Route 7"),
         ("Highway YY", LOC, "Highway YY"), ("I-81", LOC, "I-81")];
    side_of_town_opens_a_numbered_street:
        "Deputies stopped the car on Southeast 110th Street." =>
        [("Southeast 110th Street", LOC, "Southeast 110th Street")];
    on_before_a_street_ends_the_name_of_what_stands_there:
        "Crowds met at the Douglas Recreation Center on Ohio Avenue, not the Center on Budget and Policy Priorities." =>
        [("Douglas Recreation Center", ORG, "Douglas Recreation Center"), ("Ohio Avenue", LOC, "Ohio Avenue"),
         ("Center on Budget and Policy Priorities", ORG, "Center on Budget and Policy Priorities")];
    space_centre_is_a_place:
        "The rocket lifted off from the Stennis Space Center." =>
        [("Stennis Space Center", LOC, "Stennis Space Center")];
    company_of_an_industry_word_is_named_again_by_its_first_word:
        "The drug was developed by Lantern Bio. Lantern said it would sell it. Shares of Lantern rose." =>
        [("Lantern Bio", ORG, "Lantern Bio"), ("Lantern", ORG, "Lantern Bio"), ("Lantern", ORG, "Lantern Bio")];
    public_services_of_a_state_or_county_by_their_head_words:
        "The Zelvan Highway Patrol, Orvik County Fire Rescue, Zelva Crime Stoppers and Orvik ISD asked for tips." =>
        [("Zelvan Highway Patrol", ORG, "Zelvan Highway Patrol"), ("Orvik County Fire Rescue", ORG, "Orvik County Fire Rescue"),
         ("Zelva Crime Stoppers", ORG, "Zelva Crime Stoppers"), ("Orvik ISD", ORG, "Orvik ISD")];
    rank_after_a_department_is_the_speaker_s_title:
        "Orvik Fire Department Battalion Chief Rogelio Zelvas said it burned." =>
        [("Orvik Fire Department", ORG, "Orvik Fire Department"), ("Rogelio Zelvas", PER, "Rogelio Zelvas")];
    place_named_after_a_titled_person_by_its_head_word:
        "Stalls at the Queen Zelvira Market and on Orvik Quay were busy." =>
        [("Queen Zelvira Market", LOC, "Queen Zelvira Market"), ("Orvik Quay", LOC, "Orvik Quay")];
    broadcaster_s_letters_before_a_city_name_its_station:
        "She told CBC Hamilton on Monday." =>
        [("CBC Hamilton", ORG, "CBC Hamilton")];
    indonesian_company_opens_with_pt:
        "PT Vale Indonesia said it would go on." =>
        [("PT Vale Indonesia", ORG, "PT Vale Indonesia")];
    rare_given_name_with_an_age_is_a_person:
        "Maisie, 15, a member of the panel, chose the colours." =>
        [("Maisie", PER, "Maisie")];
    chinese_family_name_that_is_a_word_before_a_known_given_name:
        "The grading was designed by Liang Xiaoming, a doctoral student." =>
        [("Liang Xiaoming", PER, "Liang Xiaoming")];
    small_town_known_to_the_gazetteer_with_evidence:
        "She grew up in tiny Yazoo City and studied at New Paltz." =>
        [("Yazoo City", LOC, "Yazoo City"), ("New Paltz", LOC, "New Paltz")];
    wildfire_named_by_a_given_name_is_no_one:
        "Crews gain on Hope Creek Fire as the Dixie Fire grew." =>
        [];
    korean_family_name_first_names_the_person_alone:
        "Park Ji-won wrote the novel. Park, who is fifty-four, lives in Seoul." =>
        [("Park Ji-won", PER, "Park Ji-won"), ("Park", PER, "Park Ji-won"), ("Seoul", LOC, "Seoul")];
    surname_in_capitals_opening_a_transcript_line_is_the_speaker_not_a_town:
        "HOST: Welcome.\nWHITMAN: It is a price we can pay." =>
        [("WHITMAN", PER, "WHITMAN")];
    state_road_and_its_number:
        "The crash closed State Road 518 near Mora." =>
        [("State Road 518", LOC, "State Road 518"), ("Mora", LOC, "Mora")];
    word_left_by_an_arabic_article_is_no_city:
        "Critics liked The Salt Orchard." =>
        [];
    station_by_its_call_sign_and_band:
        "He told WMUR-TV on Monday, and KPSN-FM agreed." =>
        [("WMUR-TV", ORG, "WMUR-TV"), ("KPSN-FM", ORG, "KPSN-FM")];
    platform_of_one_letter_ending_a_sentence:
        "The spokesman Jo Roe wrote on X. Then he left." =>
        [("Jo Roe", PER, "Jo Roe"), ("X", ORG, "X")];
    venue_named_after_a_sponsor_is_a_place:
        "The Wizards played at Capital One Arena, near Bank of America Stadium." =>
        [("Wizards", ORG, "Washington Wizards"), ("Capital One Arena", LOC, "Capital One Arena"),
         ("Bank of America Stadium", LOC, "Bank of America Stadium")];
    everyday_acronyms_name_nothing:
        "Her GP sent her to A&E; the rider tested positive for EPO and PFAS levels rose." =>
        [];
    club_by_a_name_that_is_no_word_speaks:
        "Betis said in a statement that the offer was fair. His daughter Chelsea said it was fine." =>
        [("Betis", ORG, "Real Betis"), ("Chelsea", PER, "Chelsea")];
    state_legislature_named_by_its_word:
        "A judge ordered the Legislature to pay, and the Legislature balked." =>
        [("Legislature", ORG, "Legislature"), ("Legislature", ORG, "Legislature")];
    short_form_opening_a_sentence_leaves_out_the_article:
        "The State Department said so. The Department declined to comment." =>
        [("State Department", ORG, "US Department of State"), ("Department", ORG, "US Department of State")];
    state_in_a_politicians_label:
        "Rep. Jo Roe (R-Ga.) and Sen. Al Poe (D-Wash.) met." =>
        [("Jo Roe", PER, "Jo Roe"), ("Ga.", LOC, "Georgia"), ("Al Poe", PER, "Al Poe"), ("Wash.", LOC, "Washington")];
    dateline_in_capitals: "ATHENS - Ministers met behind closed doors." => [("ATHENS", LOC, "Athens")];
    unknown_acronym_is_an_organisation: "Officials at KZTX declined to comment." => [("KZTX", ORG, "KZTX")];
    generic_acronym_is_not: "He bought a DVD player." => [];
    arabic_article_in_a_name: "The cleric Muqtada al-Sadr urged calm." =>
        [("Muqtada al-Sadr", PER, "Muqtada al-Sadr")];
    relation_in_apposition: "He travelled with his wife, Elena, to the coast." => [("Elena", PER, "Elena")];
    contraction_is_not_a_name: "“I’ve seen it before,” she said." => [];
    speech_subject: "Okonkwo asked whether the vote would be delayed." => [("Okonkwo", PER, "Okonkwo")];
    census_surname_a_dictionary_lists_after_a_title:
        "A bench of Justice S. V. Kulkarni heard it. “Liberty matters,” Justice Kulkarni said." =>
        [("S. V. Kulkarni", PER, "S. V. Kulkarni"), ("Kulkarni", PER, "S. V. Kulkarni")];
    given_name_ending_like_a_participle: "Officials met Zhou Yanling, a spokeswoman." =>
        [("Zhou Yanling", PER, "Zhou Yanling")];
    double_barrelled_surname_names_no_town_in_it:
        "Nowicka-Baran, who leads the coalition, spoke." => [];
    rare_given_name_opening_a_company_stands_for_it:
        "Arden Semiconductor beat forecasts. Arden said demand was strong." =>
        [("Arden Semiconductor", ORG, "Arden Semiconductor"), ("Arden", ORG, "Arden Semiconductor")];
    building_named_after_a_person: "MEPs gathered in the Louise Weiss Building." =>
        [("Louise Weiss Building", LOC, "Louise Weiss Building")];
    company_s_name_an_apposition_calls_a_town:
        "Residents of Emerson, a small border town, fled. Levels at Emerson rose." =>
        [("Emerson", LOC, "Emerson"), ("Emerson", LOC, "Emerson")];
    rare_census_surname_in_a_list_of_places:
        "Claims were filed by the offices in Brussels and Valletta." =>
        [("Brussels", LOC, "Brussels"), ("Valletta", LOC, "Valletta")];
    common_surname_between_unknown_words: "Police said Gurpreet Singh Bhatia fled." =>
        [("Gurpreet Singh Bhatia", PER, "Gurpreet Singh Bhatia")];
    organisation_set_off_after_a_possessive_and_its_noun:
        "Roe's firm, Ganga Agro Exports, obtained credit through his gallery, Kostenko Fine Art, in May." =>
        [("Ganga Agro Exports", ORG, "Ganga Agro Exports"), ("Kostenko Fine Art", ORG, "Kostenko Fine Art")];
    surname_several_bear_is_the_first_s_not_a_known_stranger_s:
        "Jorge Haddad opened the bakery. His son, Karim Haddad, runs it. Haddad was born in 1945." =>
        [("Jorge Haddad", PER, "Jorge Haddad"), ("Karim Haddad", PER, "Karim Haddad"), ("Haddad", PER, "Jorge Haddad")];
    malaysian_states: "Voters in Sabah and Sarawak went to the polls." =>
        [("Sabah", LOC, "Sabah"), ("Sarawak", LOC, "Sarawak")];
    chinese_family_name_that_is_a_word_before_a_given_name: "Officials met Tang Jianhua on Monday." =>
        [("Tang Jianhua", PER, "Tang Jianhua")];
    rare_surname_makes_a_hyphenated_word_a_surname: "Officials met Chinwe Okafor-Bello on Monday." =>
        [("Chinwe Okafor-Bello", PER, "Chinwe Okafor-Bello")];
    father_s_surname_before_the_last_word:
        "María Gabriela Urdaneta Salas spoke first. Urdaneta said the vote was close." =>
        [("María Gabriela Urdaneta Salas", PER, "María Gabriela Urdaneta Salas"),
         ("Urdaneta", PER, "María Gabriela Urdaneta Salas")];
    head_word_after_of_lists_nothing:
        "The Ministry of Electronics and Information Technology issued rules." =>
        [("Ministry of Electronics and Information Technology", ORG, "Ministry of Electronics and Information Technology")];
    square_named_in_italian: "Ministers met at Piazza Colonna." => [("Piazza Colonna", LOC, "Piazza Colonna")];
    hyphenated_start_up_in_apposition:
        "Visa will acquire Kudipay, a Nigerian payments start-up that processes transfers." =>
        [("Visa", ORG, "Visa"), ("Kudipay", ORG, "Kudipay")];
    companies_listed_after_such_as:
        "Publishers such as Schibsted and Zelvora complained." =>
        [("Schibsted", ORG, "Schibsted"), ("Zelvora", ORG, "Zelvora")];
    vietnamese_names_whatever_their_words: "Officials met Tran Thi My Dung and Truong Minh Phat." =>
        [("Tran Thi My Dung", PER, "Tran Thi My Dung"), ("Truong Minh Phat", PER, "Truong Minh Phat")];
    double_barrelled_surname_with_an_irish_prefix: "Officials met Cathal O’Rourke-Bennett on Monday." =>
        [("Cathal O’Rourke-Bennett", PER, "Cathal O’Rourke-Bennett")];
    double_barrelled_census_surname_opening_a_sentence:
        "Ailsa Kerr-Mackenzie, of the Scottish National Party, asked why." =>
        [("Ailsa Kerr-Mackenzie", PER, "Ailsa Kerr-Mackenzie"),
         ("Scottish National Party", ORG, "Scottish National Party")];
    apostrophe_inside_a_name_is_no_contraction:
        "Regional police commander Peter K. Lang’at said 14 people had been arrested." =>
        [("Peter K. Lang’at", PER, "Peter K. Lang’at")];
    small_capitals_and_exonyms: "Aid was sold as far away as Gondar. Ministers met in Vaduz." =>
        [("Gondar", LOC, "Gondar"), ("Vaduz", LOC, "Vaduz")];
    stop_word_that_is_a_common_surname_after_a_title:
        "“We have nurses sleeping in cars,” Cr Winter said. President Monday said." => [("Winter", PER, "Winter")];
    dateline_in_capitals_with_accents: "BOGOTÁ, Colombia (AP) — Officials met on Monday." =>
        [("BOGOTÁ", LOC, "Bogotá"), ("Colombia", LOC, "Colombia"), ("AP", ORG, "Associated Press")];
    arabic_article_in_a_dateline_in_capitals: "DEIR AL-BALAH, Gaza Strip (AP) — Aid arrived on Monday." =>
        [("DEIR AL-BALAH", LOC, "Deir al-Balah"), ("Gaza Strip", LOC, "Gaza Strip"), ("AP", ORG, "Associated Press")];
    korean_given_name_opening_with_a_word: "The Browns lost linebacker Tae-yang Kim to a knee injury." =>
        [("Browns", ORG, "Cleveland Browns"), ("Tae-yang Kim", PER, "Tae-yang Kim")];
    particle_after_de_inside_a_place_s_name: "They marched down Paseo de la Reforma to the Rue de la Loi." =>
        [("Paseo de la Reforma", LOC, "Paseo de la Reforma"), ("Rue de la Loi", LOC, "Rue de la Loi")];
    portuguese_and_spanish_connectors_inside_names:
        "Crowds gathered in Praça dos Três Poderes. She studied at Universidad del Valle." =>
        [("Praça dos Três Poderes", LOC, "Praça dos Três Poderes"), ("Universidad del Valle", ORG, "Universidad del Valle")];
    councillor_abbreviated: "Cr Kowalski voted against it." => [("Kowalski", PER, "Kowalski")];
    place_modifier: "Floods hit Southern California again." =>
        [("Southern California", LOC, "Southern California")];
    menu_lines: "- Opinion\n- Party\n- Κεντρική Σελίδα\n- News" => [];
    navigation_line_of_links:
        "Home | World | US | Europe | Business\nMaria Lopez flew to Zelvograd, a city in Ukraine." =>
        [("Maria Lopez", PER, "Maria Lopez"), ("Zelvograd", LOC, "Zelvograd"), ("Ukraine", LOC, "Ukraine")];
    empty_text: "" => [];
    title_ends_an_organisation: "Central Bank of Freedonia Governor Ilse Varga spoke." =>
        [("Central Bank of Freedonia", ORG, "Central Bank of Freedonia"), ("Ilse Varga", PER, "Ilse Varga")];
    known_person_after_title_wins: "President Emmanuel Macron spoke." =>
        [("Emmanuel Macron", PER, "Emmanuel Macron")];
    organisation_prefix_with_for: "The Office for Rail Safety said so." =>
        [("Office for Rail Safety", ORG, "Office for Rail Safety")];
    title_opening_with_a_head_word: "U.S. District Judge Lorna Hale set sentencing." =>
        [("U.S.", LOC, "United States"), ("Lorna Hale", PER, "Lorna Hale")];
    object_of_a_preposition_of_place_is_no_subject: "The outbreak in Zelvonia grew. Cases rose in Congo." =>
        [("Zelvonia", LOC, "Zelvonia"), ("Congo", LOC, "Democratic Republic of the Congo")];
    place_after_a_noun_for_a_kind_of_place: "Troops took the village of Zelvorivka. The city of Barnova said no." =>
        [("Zelvorivka", LOC, "Zelvorivka"), ("Barnova", LOC, "Barnova")];
    firm_by_its_head_words: "Ann Ruiz of Deepwater Asset Management spoke. Tom Mann of Harlow Research agreed." =>
        [("Ann Ruiz", PER, "Ann Ruiz"), ("Deepwater Asset Management", ORG, "Deepwater Asset Management"),
         ("Tom Mann", PER, "Tom Mann"), ("Harlow Research", ORG, "Harlow Research")];
    organisation_working_for_a_known_one: "The poll was run by Harlow Research for the Associated Press." =>
        [("Harlow Research", ORG, "Harlow Research"), ("Associated Press", ORG, "Associated Press")];
    word_opening_a_name_after_a_title: "Manchester City manager Pep Guardiola smiled. Coach Pep Guardiola left." =>
        [("Manchester City", ORG, "Manchester City"), ("Pep Guardiola", PER, "Pep Guardiola"),
         ("Pep Guardiola", PER, "Pep Guardiola")];
    no_name_after_a_title_from_closed_class_words: "A Reporter Is A Fireable Offense." => [];
    possessive_inside_an_organisation: "The Zelvo County Sheriff's Office and Harlow Children's Hospital said so." =>
        [("Zelvo County Sheriff's Office", ORG, "Zelvo County Sheriff's Office"),
         ("Harlow Children's Hospital", ORG, "Harlow Children's Hospital")];
    possessive_before_a_head_word_and_connector: "The U.S. Attorney's Office for the Southern District of Zelvia declined." =>
        [("U.S. Attorney's Office for the Southern District of Zelvia", ORG,
          "U.S. Attorney's Office for the Southern District of Zelvia")];
    number_after_a_middle_initial_and_surname:
        "James Q. Zelvinsky III sent a letter." =>
        [("James Q. Zelvinsky III", PER, "James Q. Zelvinsky III")];
    short_word_in_capitals_within_a_sentence_is_an_acronym:
        "The DAX index rose in Frankfurt." =>
        [("DAX", ORG, "DAX"), ("Frankfurt", LOC, "Frankfurt am Main")];
    bare_surname_of_a_political_family_is_its_best_known_member:
        "President Biden and Mr. Obama spoke." =>
        [("Biden", PER, "Joe Biden"), ("Obama", PER, "Barack Obama")];
    transcript_label_names_a_person_of_the_document:
        "Antony Zelvinek was asked.\n\nZELVINEK: We will go on.\n\nUPDATE: none." =>
        [("Antony Zelvinek", PER, "Antony Zelvinek"), ("ZELVINEK", PER, "Antony Zelvinek")];
    publication_in_apposition_makes_an_organisation:
        "Sales rose, according to Zelvostar, the trade publication that tracks them." =>
        [("Zelvostar", ORG, "Zelvostar")];
    unknown_acronym_in_the_possessive_leaves_the_mark_out:
        "The ZBPD’s officers and MONDAY’S PAPERS came." =>
        [("ZBPD", ORG, "ZBPD")];
    acronym_spelling_a_name_of_the_document_names_it:
        "The Zelvan Unity Front and the Rapid Support Forces clashed; the ZUF and the RSF blamed each other." =>
        [("Zelvan Unity Front", ORG, "Zelvan Unity Front"), ("Rapid Support Forces", ORG, "Rapid Support Forces"),
         ("ZUF", ORG, "Zelvan Unity Front"), ("RSF", ORG, "Rapid Support Forces")];
    known_company_with_its_legal_form:
        "Toyota Motor Corp. and Zelvo Corp. said so." =>
        [("Toyota Motor Corp.", ORG, "Toyota"), ("Zelvo Corp.", ORG, "Zelvo Corp.")];
    wire_copy_short_legal_forms:
        "JPMorgan Chase & Co and the Federal Deposit Insurance Corp agreed; Zelvo Bancorporation and Zelvo & Co did not." =>
        [("JPMorgan Chase & Co", ORG, "JPMorgan Chase"),
         ("Federal Deposit Insurance Corp", ORG, "Federal Deposit Insurance Corporation"),
         ("Zelvo Bancorporation", ORG, "Zelvo Bancorporation"), ("Zelvo & Co", ORG, "Zelvo & Co")];
    islands_named_in_news_are_places:
        "The summit in Bali, Indonesia, ended; ferries left Lesbos for Lampedusa." =>
        [("Bali", LOC, "Bali"), ("Indonesia", LOC, "Indonesia"), ("Lesbos", LOC, "Lesbos"), ("Lampedusa", LOC, "Lampedusa")];
    employer_of_analysts: "Analysts at Zelvex said shares would fall." =>
        [("Zelvex", ORG, "Zelvex")];
    company_named_again_by_the_first_word_of_its_name:
        "Zelvon Semiconductor Co said it would buy Orchid Microsystems for $3 billion. Zelvon shares fell 4%, and a third of Orchid's sales come from China. The orchid is a flower; the Orchid farm grew." =>
        [("Zelvon Semiconductor Co", ORG, "Zelvon Semiconductor Co"), ("Orchid Microsystems", ORG, "Orchid Microsystems"),
         ("Zelvon", ORG, "Zelvon Semiconductor Co"), ("Orchid", ORG, "Orchid Microsystems"), ("China", LOC, "China")];
    company_s_english_first_word_taken_for_a_speaker_is_the_company:
        "Harvest Foods Inc agreed to buy a miller on Monday.\n\nHarvest said it would pay in cash." =>
        [("Harvest Foods Inc", ORG, "Harvest Foods Inc"), ("Harvest", ORG, "Harvest Foods Inc")];
    first_word_of_an_organisation_is_no_company_before_it_or_as_an_adjective_or_place:
        "Crowds gathered in the new capital, Kelvara. The Kelvara Capital Authority said the Islamic Relief Fund would help. The fund helps Islamic charities on Brenmoor, where the Brenmoor Ferry Group works." =>
        [("Kelvara Capital Authority", ORG, "Kelvara Capital Authority"), ("Islamic Relief Fund", ORG, "Islamic Relief Fund"), ("Brenmoor Ferry Group", ORG, "Brenmoor Ferry Group")];
    organisation_an_apposition_describes_is_no_person_elsewhere:
        "Ghana Power raised prices. Officials at Ghana Power, the state electricity distributor, agreed." =>
        [("Ghana Power", ORG, "Ghana Power"), ("Ghana Power", ORG, "Ghana Power")];
    last_object_of_a_preposition_of_place_is_a_place_whatever_follows:
        "The road stays shut between Prince George and Vanderhoof until Tuesday; families in Newtonmore and Kingussie wait. In Ohio, Kasich rose." =>
        [("Prince George", LOC, "Prince George"), ("Vanderhoof", LOC, "Vanderhoof"), ("Newtonmore", LOC, "Newtonmore"),
         ("Kingussie", LOC, "Kingussie"), ("Ohio", LOC, "Ohio"), ("Kasich", PER, "Kasich")];
    unknown_word_after_from_is_a_place_though_a_verb_follows:
        "The route from Tilehurst is busy, and buses from Tilehurst and Calcot run late." =>
        [("Tilehurst", LOC, "Tilehurst"), ("Tilehurst", LOC, "Tilehurst"), ("Calcot", LOC, "Calcot")];
    where_a_person_named_with_an_age_lives_is_a_place:
        "Rogelio Villanueva, 44, of Socorro, who ran a shop, and Ana Ruiz, 31, of Zelvanta said so." =>
        [("Rogelio Villanueva", PER, "Rogelio Villanueva"), ("Socorro", LOC, "Socorro"), ("Ana Ruiz", PER, "Ana Ruiz"), ("Zelvanta", LOC, "Zelvanta")];
    demonym_of_two_words_names_no_one:
        "New Zealander Liam Archer won. Sri Lankan Kamal Perera lost, as South Korean and Chinese rivals watched Puerto Ricans cheer." =>
        [("Liam Archer", PER, "Liam Archer"), ("Kamal Perera", PER, "Kamal Perera")];
    head_word_inside_a_known_name_lists_nothing_before_and:
        "The U.S. Securities and Exchange Commission sued." =>
        [("U.S. Securities and Exchange Commission", ORG, "U.S. Securities and Exchange Commission")];
    given_name_of_another_country_opens_a_person_s_name:
        "Ishaan Kulkarni smashed 92 off 44 balls, and Kacper Wiśniewski took three wickets." =>
        [("Ishaan Kulkarni", PER, "Ishaan Kulkarni"), ("Kacper Wiśniewski", PER, "Kacper Wiśniewski")];
    band_named_with_a_rare_given_name_is_the_band:
        "The Dutch band Tijn Vosk released an album." =>
        [("Tijn Vosk", ORG, "Tijn Vosk")];
    kind_of_organisation_in_a_headline_ends_a_person_s_name:
        "Chris Christie Super PAC Chief Praises Donor" =>
        [("Chris Christie", PER, "Chris Christie")];
    words_of_names_after_the_village_of_are_a_place_s:
        "He hid outside the village of Nga Khu Ya for days." =>
        [("Nga Khu Ya", LOC, "Nga Khu Ya")];
    list_that_include_opens_after_a_noun_for_places:
        "The villages include Petrivka, Zelvanivka and Pishchane, and people fled camps, including Zamzam, in April." =>
        [("Petrivka", LOC, "Petrivka"), ("Zelvanivka", LOC, "Zelvanivka"), ("Pishchane", LOC, "Pishchane"), ("Zamzam", LOC, "Zamzam")];
    word_no_rule_took_after_a_place_preposition_and_before_a_state_is_the_town:
        "She grew up in Xenia, Ohio, and moved to Zelvane, Iowa." =>
        [("Xenia", LOC, "Xenia"), ("Ohio", LOC, "Ohio"), ("Zelvane", LOC, "Zelvane"), ("Iowa", LOC, "Iowa")];
    saint_s_given_name_after_a_preposition_of_place_is_a_town:
        "She drove to St. Anthony on Monday, then to St. Zelvan." =>
        [("St. Anthony", LOC, "St. Anthony"), ("St. Zelvan", LOC, "St. Zelvan")];
    possessive_before_a_place_s_head_word_is_in_the_name:
        "She drove from Cook’s Harbour to Zelva’s Cove past Sauk Rapids." =>
        [("Cook’s Harbour", LOC, "Cook’s Harbour"), ("Zelva’s Cove", LOC, "Zelva’s Cove"), ("Sauk Rapids", LOC, "Sauk Rapids")];
    platform_a_person_posts_on_is_the_company:
        "She wrote on X that the plan failed; in a post on X, he said no. X marks the spot." =>
        [("X", ORG, "X"), ("X", ORG, "X")];
    branch_of_a_known_organisation_in_a_region:
        "The ACLU of Oregon sued. The debate aired on Iowa PBS, and the New Hampshire AFL-CIO backed him." =>
        [("ACLU of Oregon", ORG, "ACLU of Oregon"), ("Iowa PBS", ORG, "Iowa PBS"), ("New Hampshire AFL-CIO", ORG, "New Hampshire AFL-CIO")];
    band_member_s_role_is_no_part_of_the_name:
        "Frontman Jamie Zelvik said so, and drummer Kofi Mensah agreed." =>
        [("Jamie Zelvik", PER, "Jamie Zelvik"), ("Kofi Mensah", PER, "Kofi Mensah")];
    sudanese_and_malay_particles_join_a_name:
        "“No,” said Ibrahim wad Elnour, and Siti binti Zelvan agreed." =>
        [("Ibrahim wad Elnour", PER, "Ibrahim wad Elnour"), ("Siti binti Zelvan", PER, "Siti binti Zelvan")];
    unknown_name_with_an_arabic_article_and_an_age_is_a_person:
        "Witnesses testified against Abdulkarim al-Zelvani, 56, in the town of Bayt al-Faqih." =>
        [("Abdulkarim al-Zelvani", PER, "Abdulkarim al-Zelvani"), ("Bayt al-Faqih", LOC, "Bayt al-Faqih")];
    news_organisation_a_person_tells_is_named:
        "He told Variety on Monday that the deal was off." =>
        [("Variety", ORG, "Variety")];
    sector_before_a_country_names_its_body:
        "Transport Infrastructure Ireland and Football Australia agreed; England beat Scotland." =>
        [("Transport Infrastructure Ireland", ORG, "Transport Infrastructure Ireland"), ("Football Australia", ORG, "Football Australia"),
         ("England", LOC, "England"), ("Scotland", LOC, "Scotland")];
    names_listed_before_dams_are_places:
        "Storage in the big Impofu, Kromrivier and Loerie dams fell." =>
        [("Impofu", LOC, "Impofu"), ("Kromrivier", LOC, "Kromrivier"), ("Loerie", LOC, "Loerie")];
    employer_named_after_its_founders: "said Ana Zelva, an analyst at Martin Walsh." =>
        [("Ana Zelva", PER, "Ana Zelva"), ("Martin Walsh", ORG, "Martin Walsh")];
    employer_whose_name_opens_with_a_generic_word:
        "Economists at Capital Zelvonics expect cuts; analysts at Capital do not." =>
        [("Capital Zelvonics", ORG, "Capital Zelvonics")];
    city_before_a_team_role_is_the_team: "Liverpool boss Arne Slot praised the fans of Liverpool." =>
        [("Liverpool", ORG, "Liverpool FC"), ("Arne Slot", PER, "Arne Slot"), ("Liverpool", LOC, "Liverpool")];
    country_code_after_a_head_word: "It was funded by Zelvo Research UK in May." =>
        [("Zelvo Research UK", ORG, "Zelvo Research UK")];
    plant_in_a_guessed_place: "The carmaker will close its plant in Zelvox on Friday." =>
        [("Zelvox", LOC, "Zelvox")];
    guessed_place_that_is_a_company: "The fund took a stake in Zelvox. Its position in Zelvox grew." =>
        [("Zelvox", ORG, "Zelvox"), ("Zelvox", ORG, "Zelvox")];
    known_surname_that_is_an_everyday_word: "Power cuts, she says, cost money. Ford trucks sold well." => [];
    honorific_and_role_in_one_title: "Professor Bola Adeyemi spoke. “It is hard,” the professor said." =>
        [("Bola Adeyemi", PER, "Bola Adeyemi")];
    european_given_names: "Jannik Sinner beat Holger Zweig in Rome." =>
        [("Jannik Sinner", PER, "Jannik Sinner"), ("Holger Zweig", PER, "Holger Zweig"), ("Rome", LOC, "Rome")];
    centre_for: "A report by the Centre for Harbour Studies was published." =>
        [("Centre for Harbour Studies", ORG, "Centre for Harbour Studies")];
    commission_on: "The Commission on Harbour Safety met." =>
        [("Commission on Harbour Safety", ORG, "Commission on Harbour Safety")];
    calendar_words_end_names: "The Ministry of Transport on Monday said so." =>
        [("Ministry of Transport", ORG, "Ministry of Transport")];
    greeting_addresses_a_name: "Thanks, Bill, for the kind words." => [("Bill", PER, "Bill")];
    thanks_to_is_no_greeting: "Thanks to the new law, prices fell." => [];
    signature_before_a_letter: "Regards, Karen Olsen Brenda, Please find the figures attached." =>
        [("Karen Olsen", PER, "Karen Olsen"), ("Brenda", PER, "Brenda")];
    surname_that_is_a_given_name_stays: "Elton John, The singer, arrived." =>
        [("Elton John", PER, "Elton John")];
    regnal_number_makes_a_ruler: "Relics from the reign of Akhenor III went on display." =>
        [("Akhenor III", PER, "Akhenor III")];
    regnal_one_before_and: "Edmund I and his barons met at the abbey." =>
        [("Edmund I", PER, "Edmund I")];
    pronoun_after_a_name_is_no_number: "Thanks to Dan I was able to leave." => [("Dan", PER, "Dan")];
    regnal_number_after_a_word: "World War II ended in 1945." => [];
    state_after_a_name_ends_it: "Lena Strand California said the vote was close." =>
        [("Lena Strand", PER, "Lena Strand"), ("California", LOC, "California")];
    person_of_an_organisation: "Tom Becker of Acme News said so." =>
        [("Tom Becker", PER, "Tom Becker"), ("Acme News", ORG, "Acme News")];
    post_nominal_letters_are_no_organisation: "Nick Becker KC asked why. Ana Ruiz OBE said no." =>
        [("Nick Becker", PER, "Nick Becker"), ("Ana Ruiz", PER, "Ana Ruiz")];
    titled_person_of_an_organisation: "Superintendent Tom Becker of Acme Police said so." =>
        [("Tom Becker", PER, "Tom Becker"), ("Acme Police", ORG, "Acme Police")];
    given_name_that_is_a_word_before_a_surname: "Host Bill Okonkwo said little." =>
        [("Bill Okonkwo", PER, "Bill Okonkwo")];
    given_name_before_a_plural_is_no_person: "She swam at the Summer Olympiads twice." => [];
    month_before_a_name_is_no_person: "In May's Harlan Gazette poll, turnout fell." =>
        [("Harlan Gazette", ORG, "Harlan Gazette")];
    organisation_head_after_a_name: "He preached at Liberty Baptist Church for years." =>
        [("Liberty Baptist Church", ORG, "Liberty Baptist Church")];
    given_name_and_common_surname_stay_a_person: "Lawmakers cheered Dave Camp on Monday." =>
        [("Dave Camp", PER, "Dave Camp")];
    generational_suffix_after_a_comma: "A statue of Harold Okafor, Jr. was unveiled." =>
        [("Harold Okafor, Jr.", PER, "Harold Okafor, Jr.")];
    generational_suffix_is_no_surname: "Tom Okafor Jr. spoke. Okafor left." =>
        [("Tom Okafor Jr.", PER, "Tom Okafor Jr."), ("Okafor", PER, "Tom Okafor Jr.")];
    common_surname_that_is_a_title_ends_a_name: "Lawmakers cheered Steve King on Monday." =>
        [("Steve King", PER, "Steve King")];
    title_surname_before_more_capitals_does_not: "Aides of the Bill Clinton White House met." =>
        [("Bill Clinton", PER, "Bill Clinton"), ("White House", ORG, "White House")];
    doctrine_is_no_person: "His Okafism was mild, unlike Thatcherism." => [];
    group_of_people_is_no_person: "Later, eastern Velanesians travelled north." => [];
    demonym_noun_before_a_name: "It was built by Scotsman James Tarbet in 1790." =>
        [("James Tarbet", PER, "James Tarbet")];
    country_after_a_preposition_of_place: "Rep. Jim Jordan spoke. Later Jordan flew to Jordan." =>
        [("Jim Jordan", PER, "Jim Jordan"), ("Jordan", PER, "Jim Jordan"), ("Jordan", LOC, "Jordan")];
    surname_that_is_a_small_city: "Actor Tom Downey spoke first. Downey then stayed in Downey." =>
        [("Tom Downey", PER, "Tom Downey"), ("Downey", PER, "Tom Downey"), ("Downey", LOC, "Downey")];
    given_name_opening_an_institute: "She studied at the Morgan Institute of Marine Science." =>
        [("Morgan Institute of Marine Science", ORG, "Morgan Institute of Marine Science")];
    country_that_is_a_surname_goes_on: "Michael Jordan retired again." =>
        [("Michael Jordan", PER, "Michael Jordan")];
    regnal_number_after_a_place: "The Vatican II reforms were debated." =>
        [("Vatican", LOC, "Vatican City")];
    initial_without_period: "Martin K Odell signed the contract." =>
        [("Martin K Odell", PER, "Martin K Odell")];
    storm_names_are_no_people: "Hurricane Doreen struck in 2019. Doreen flooded much of the city." => [];
    particle_opens_a_name: "Van Oosten had refused to sign." =>
        [("Van Oosten", PER, "Van Oosten")];
    particle_after_a_title: "General van Dijk resigned on Monday." => [("van Dijk", PER, "van Dijk")];
    word_after_an_honorific: "Lord Ashby returned to the cabinet." => [("Ashby", PER, "Ashby")];
    title_after_an_honorific: "Mr. President, the vote is yours." => [];
    name_after_and: "The prize went to Maria Lopez and Zubov." =>
        [("Maria Lopez", PER, "Maria Lopez"), ("Zubov", PER, "Zubov")];
    name_before_and: "Rob and Maria Lopez left early." =>
        [("Rob", PER, "Rob"), ("Maria Lopez", PER, "Maria Lopez")];
    words_before_and: "Rice and beans were served." => [];
    irregular_past_after_a_name: "Varnok met the committee on Friday." =>
        [("Varnok", PER, "Varnok")];
    known_surname_as_a_word: "The rocket flew to the Moon, officials said." => [];
    known_surname_before_a_noun: "The Trump administration said so." =>
        [("Trump", PER, "Donald Trump")];
    detached_possessive: "Zubov 's office declined to comment." => [("Zubov", PER, "Zubov")];
    given_name_with_possessive: "They met at Pat's office." => [("Pat", PER, "Pat")];
    common_surname_after_unknown_name: "The panel heard from Taeyang Lee on Tuesday." =>
        [("Taeyang Lee", PER, "Taeyang Lee")];
    article_inside_organisation: "The Ministry of the Interior issued a statement." =>
        [("Ministry of the Interior", ORG, "Ministry of the Interior")];
    article_after_a_title_is_no_organisation: "The Chairman of the Joint Chiefs of Staff spoke." =>
        [("Joint Chiefs of Staff", ORG, "Joint Chiefs of Staff")];
    place_article_is_no_organisation: "The State of the Union address was delayed." => [];
    organisation_of_a_city: "The Housing Authority of Baltimore said rents would rise." =>
        [("Housing Authority of Baltimore", ORG, "Housing Authority of Baltimore")];
    shouted_words_are_no_acronyms: "WHO WANTS TO HELP THE VOLUNTEERS?" => [];
    acronym_of_a_known_body: "The WHO said the outbreak was contained." =>
        [("WHO", ORG, "World Health Organization")];
    acronym_of_no_organisation: "Engineers tested the Ground Controlled Approach (GCA) system." => [];
    acronym_of_an_organisation: "The Federal Mining Authority (FMA) said output fell. The FMA and KZTX met." =>
        [("Federal Mining Authority", ORG, "Federal Mining Authority"), ("FMA", ORG, "Federal Mining Authority"),
         ("FMA", ORG, "Federal Mining Authority"), ("KZTX", ORG, "KZTX")];
    acronym_after_or: "The Lakeland Farmers Union, or LFU, protested. The LFU said so." =>
        [("Lakeland Farmers Union", ORG, "Lakeland Farmers Union"), ("LFU", ORG, "Lakeland Farmers Union"),
         ("LFU", ORG, "Lakeland Farmers Union")];
    lower_case_place_after_preposition: "we stayed at a hotel in kerala last spring." =>
        [("kerala", LOC, "Kerala")];
    lower_case_places_in_a_row: "cheap flights from san francisco california sold out." =>
        [("san francisco", LOC, "San Francisco"), ("california", LOC, "California")];
    lower_case_places_that_old_dictionaries_list_as_words:
        "i moved to japan, then flew from boston to berlin by car." =>
        [("japan", LOC, "Japan"), ("boston", LOC, "Boston"), ("berlin", LOC, "Berlin")];
    lower_case_words_are_no_places: "prices in turkey and china rose, and commuters in metro traffic waited." => [];
    legal_form_after_comma: "Shares of Northwind Foods, Inc. fell sharply." =>
        [("Northwind Foods, Inc.", ORG, "Northwind Foods, Inc.")];
    legal_form_after_known_company: "Google, Inc. said the service would return." =>
        [("Google, Inc.", ORG, "Google")];
    orchestra_and_museum: "The Boston Symphony Orchestra played at the Whitney Museum." =>
        [("Boston Symphony Orchestra", ORG, "Boston Symphony Orchestra"),
         ("Whitney Museum", LOC, "Whitney Museum of American Art")];
    leagues_and_clubs: "The NBA fined the Lakers after the game." =>
        [("NBA", ORG, "National Basketball Association"), ("Lakers", ORG, "Los Angeles Lakers")];
    adjective_is_no_city: "He won Olympic gold in Paris." => [("Paris", LOC, "Paris")];
    acronym_before_and_is_a_name_of_its_own:
        "The FBI and Justice Department declined to comment."
        => [("FBI", ORG, "Federal Bureau of Investigation"), ("Justice Department", ORG, "US Department of Justice")];
    head_word_after_and_opens_a_second_name:
        "Mount Kilimanjaro and Mount Kenya are in view."
        => [("Mount Kilimanjaro", LOC, "Mount Kilimanjaro"), ("Mount Kenya", LOC, "Mount Kenya")];
    speaker_after_a_reporting_verb_with_a_common_surname:
        "“It is full,” said Kiki Smith, a spokeswoman. “We won,” said Kiki McLean."
        => [("Kiki Smith", PER, "Kiki Smith"), ("Kiki McLean", PER, "Kiki McLean")];
    known_name_that_is_a_speaking_persons_surname_is_the_person:
        "Rep. Steve Israel spoke first. “We are ready,” Israel said. Israel is a country."
        => [("Steve Israel", PER, "Steve Israel"), ("Israel", PER, "Steve Israel"), ("Israel", LOC, "Israel")];
    groups_gerunds_and_programmes_are_no_one_brands_an_organisation:
        "Fundraising is not a problem. Iowans waited for hours. TheBlaze did the math. Medicare was cut."
        => [("TheBlaze", ORG, "TheBlaze")];
    one_sense_for_a_place_named_with_certainty:
        "A truck struck a crowd in Nice. The Nice attack shocked them. Nice mourned. \
         The Orlando Magic played in Orlando. It was great - Nice!" =>
        [("Nice", LOC, "Nice"), ("Nice", LOC, "Nice"), ("Orlando Magic", ORG, "Orlando Magic"),
         ("Orlando", LOC, "Orlando")];
    surname_that_is_a_demonym_only_where_the_person_speaks:
        "Mark Cuban said he might run. “It is possible,” Cuban said. Cuban exiles disagreed." =>
        [("Mark Cuban", PER, "Mark Cuban"), ("Cuban", PER, "Mark Cuban")];
    unknown_name_opening_a_sentence_before_a_role_in_apposition:
        "Zelva Orvikken, vice chairwoman of the board, emailed members. Zelvo Insights, a research firm, did not." =>
        [("Zelva Orvikken", PER, "Zelva Orvikken"), ("Zelvo Insights", ORG, "Zelvo Insights")];
    inverted_speaker_whose_name_no_list_knows:
        "“It is over,” said Mo Zelvothee, a campaign aide. He has never mentioned American Muslims. \
         “We are here,” said Hala Agha, a Syrian-American resident." =>
        [("Mo Zelvothee", PER, "Mo Zelvothee"), ("Hala Agha", PER, "Hala Agha")];
    initials_before_a_surname_that_is_also_a_word:
        "“It is notable,” said J.M. Berger, a fellow. A Trump rally followed on K Street." =>
        [("J.M. Berger", PER, "J.M. Berger"), ("Trump", PER, "Donald Trump"), ("K Street", LOC, "K Street")];
    acronym_written_with_periods:
        "The F.B.I. briefed G.O.P. leaders, who were O.K. with the H.I.V. plan." =>
        [("F.B.I.", ORG, "Federal Bureau of Investigation"), ("G.O.P.", ORG, "Republican Party")];
    doubtful_sense_gives_way_to_the_next:
        "She lives in Columbia, South Carolina, and he is from Jackson, Miss. Protesters gathered in Berkeley."
        => [("Columbia", LOC, "Columbia"), ("South Carolina", LOC, "South Carolina"), ("Jackson", LOC, "Jackson"),
            ("Miss.", LOC, "Mississippi"), ("Berkeley", LOC, "Berkeley")];
    club_named_by_a_word_after_an_article_or_before_a_team_role:
        "The Heat beat the Celtics, and Cowboys coach Jane Roe watched. Heat rose in the room. \
         His daughter Tiffany smiled."
        => [("Heat", ORG, "Miami Heat"), ("Celtics", ORG, "Boston Celtics"), ("Cowboys", ORG, "Dallas Cowboys"),
            ("Jane Roe", PER, "Jane Roe"), ("Tiffany", PER, "Tiffany")];
    ordinal_before_a_name_made_by_its_head_word:
        "They appealed to the 2nd U.S. Circuit Court of Appeals, and the Zelvo 101st Airborne Division moved. \
         She ran in the 4th Congressional District. It was the 335th Twitter account." =>
        [("2nd U.S. Circuit Court of Appeals", ORG, "US Court of Appeals for the Second Circuit"),
         ("101st Airborne Division", ORG, "101st Airborne Division"), ("4th Congressional District", LOC, "4th Congressional District"),
         ("Twitter", ORG, "Twitter")];
    place_after_a_capitalised_preposition:
        "In Geneva, officials met." => [("Geneva", LOC, "Geneva")];
    city_is_its_club_in_a_match:
        "Liverpool beat Chelsea 2-0, and Arsenal drew with Everton. Liverpool boss Arne Slot praised the fans. \
         Barcelona, who lead La Liga, rested. He lives in the Liverpool area." =>
        [("Liverpool", ORG, "Liverpool FC"), ("Chelsea", ORG, "Chelsea FC"), ("Arsenal", ORG, "Arsenal"),
         ("Everton", ORG, "Everton FC"), ("Liverpool", ORG, "Liverpool FC"), ("Arne Slot", PER, "Arne Slot"),
         ("Barcelona", ORG, "FC Barcelona"), ("La Liga", ORG, "La Liga"), ("Liverpool", LOC, "Liverpool")];
    legislature_named_by_a_word_after_an_article:
        "The bill passed the House on Friday. House prices rose, and the House of Windsor was silent." =>
        [("House", ORG, "US House of Representatives"), ("House of Windsor", ORG, "House of Windsor")];
    region_named_by_a_word_after_an_article:
        "She won across the South. The South Lawn was full." =>
        [("South", LOC, "Southern United States")];
    organisation_described_by_an_apposition:
        "Funds went to Vantrix Decisions, a polling firm, and to Right to Zelve, the super PAC. \
         Mark Orvik, a group leader, and Oromax, the carmaker, agreed." =>
        [("Vantrix Decisions", ORG, "Vantrix Decisions"), ("Right to Zelve", ORG, "Right to Zelve"),
         ("Mark Orvik", PER, "Mark Orvik"), ("Oromax", ORG, "Oromax")];
    club_named_united_and_a_company_described_as_a_maker:
        "He played for Zelvo United. He founded Zelvotech, a software maker. The chipmaker Orvika on Monday cut jobs." =>
        [("Zelvo United", ORG, "Zelvo United"), ("Zelvotech", ORG, "Zelvotech"), ("Orvika", ORG, "Orvika")];
    organisation_described_before_its_name:
        "She joined the advocacy group Zelvo for Orvik, then the Oslo-based group Vantrix Labs." =>
        [("Zelvo for Orvik", ORG, "Zelvo for Orvik"), ("Oslo", LOC, "Oslo"), ("Vantrix Labs", ORG, "Vantrix Labs")];
    saint_in_the_possessive_before_a_head_word:
        "He was taken to St. Orvik's Hospital, near St. Paul's Cathedral. Moscow's mayor spoke." =>
        [("St. Orvik's Hospital", ORG, "St. Orvik's Hospital"), ("St. Paul's Cathedral", LOC, "St Paul's Cathedral"),
         ("Moscow", LOC, "Moscow")];
    saint_in_the_possessive_before_two_head_words:
        "She taught at St Orvik's Grammar School and prayed at St. Zelva's Catholic Church." =>
        [("St Orvik's Grammar School", ORG, "St Orvik's Grammar School"),
         ("St. Zelva's Catholic Church", ORG, "St. Zelva's Catholic Church")];
    town_joined_to_its_river_by_hyphens:
        "He left Zelvby-on-Orvik for Marlow-le-Sands; the Commander-in-Chief stayed." =>
        [("Zelvby-on-Orvik", LOC, "Zelvby-on-Orvik"), ("Marlow-le-Sands", LOC, "Marlow-le-Sands")];
    street_abbreviated_without_a_full_stop:
        "The café on Zelvo St, near St Louis, shut." =>
        [("Zelvo St", LOC, "Zelvo St"), ("St Louis", LOC, "St. Louis")];
    town_that_is_a_name_after_nearby:
        "A mother of three from nearby Mandan spoke." => [("Mandan", LOC, "Mandan")];
    former_opening_the_sentence_is_no_part_of_the_name:
        "Former Zelvo Township trustee Jo Roe was sentenced." =>
        [("Zelvo Township", LOC, "Zelvo Township"), ("Jo Roe", PER, "Jo Roe")];
    given_name_before_a_head_word_that_is_a_rare_surname_names_a_place:
        "Amber Fort and George Street were busy. The film's director, Michael Bay, and Jane Hill came." =>
        [("Amber Fort", LOC, "Amber Fort"), ("George Street", LOC, "George Street"),
         ("Michael Bay", PER, "Michael Bay"), ("Jane Hill", PER, "Jane Hill")];
    title_before_a_korean_given_name_and_family_name:
        "Board President Hyun-woo Park read a statement; Son Heung-min listened." =>
        [("Hyun-woo Park", PER, "Hyun-woo Park"), ("Son Heung-min", PER, "Son Heung-min")];
    court_named_for_its_numbered_circuit:
        "The Zelvo Court of Appeals for the 7th Circuit ruled; the Orvik Office of the Inspector General for the Intelligence Community agreed." =>
        [("Zelvo Court of Appeals for the 7th Circuit", ORG, "Zelvo Court of Appeals for the 7th Circuit"),
         ("Orvik Office of the Inspector General for the Intelligence Community", ORG, "Orvik Office of the Inspector General for the Intelligence Community")];
    surname_opening_with_a_saint_word:
        "Andrea St. Clair met Mari St. Martin on Grace St. near the park." =>
        [("Andrea St. Clair", PER, "Andrea St. Clair"), ("Mari St. Martin", PER, "Mari St. Martin"), ("Grace St.", LOC, "Grace St.")];
    candidate_for_an_office_names_the_campaign:
        "Marchetti for President spent more than Orvik for Senate. She fled Cuba for Texas." =>
        [("Marchetti for President", ORG, "Marchetti for President"), ("Orvik for Senate", ORG, "Orvik for Senate"),
         ("Cuba", LOC, "Cuba"), ("Texas", LOC, "Texas")];
    unknown_words_listed_before_a_known_place:
        "The treaty ceded Blekinge, Halland and Bornholm. Smith, Jones and Paris signed." =>
        [("Blekinge", LOC, "Blekinge"), ("Halland", LOC, "Halland"),
         ("Bornholm", LOC, "Bornholm"), ("Smith", PER, "Smith"), ("Jones", PER, "Jones"), ("Paris", LOC, "Paris")];
    surname_ending_in_es_after_a_consonant_is_no_plural:
        "The club was founded by Julio Cesar Funes; John Foster Dulles spoke." =>
        [("Julio Cesar Funes", PER, "Julio Cesar Funes"), ("John Foster Dulles", PER, "John Foster Dulles")];
    street_abbreviated_as_lane_or_parkway:
        "The clinic on W. Zelvo Ln is great; our office at 200 Orvik Ln. moved off the Garden State Pkwy yesterday." =>
        [("W. Zelvo Ln", LOC, "W. Zelvo Ln"), ("Orvik Ln.", LOC, "Orvik Ln."), ("Garden State Pkwy", LOC, "Garden State Pkwy")];
    unknown_words_before_a_noun_for_a_kind_of_place:
        "It lies between the Maritsa and Mesta rivers, near the ski resort of Pamporovo." =>
        [("Maritsa", LOC, "Maritsa"), ("Mesta", LOC, "Mesta"), ("Pamporovo", LOC, "Pamporovo")];
    party_committee_is_no_alias_of_its_party:
        "The RNC and the Democratic Party traded attacks." =>
        [("RNC", ORG, "Republican National Committee"), ("Democratic Party", ORG, "Democratic Party")];
    known_surname_before_a_comma_and_a_state_is_a_town:
        "A lower court in Sherman, Texas, had acted." => [("Sherman", LOC, "Sherman"), ("Texas", LOC, "Texas")];
    name_set_off_by_a_distance_is_a_place:
        "He farms near Seward, about 25 miles west of Lincoln." => [("Seward", LOC, "Seward"), ("Lincoln", LOC, "Lincoln")];
    towns_listed_after_such_as_and_a_town_before_a_speech_verb:
        "Towns such as Macroom and Millstreet saw bidding wars. Landowners near Oughterard warned against it." =>
        [("Macroom", LOC, "Macroom"), ("Millstreet", LOC, "Millstreet"), ("Oughterard", LOC, "Oughterard")];
    irish_counties:
        "Rents in Kildare and Wicklow rose; she moved from Co. Kerry to County Mayo." =>
        [("Kildare", LOC, "Kildare"), ("Wicklow", LOC, "Wicklow"), ("Co. Kerry", LOC, "County Kerry"),
         ("County Mayo", LOC, "Mayo")];
    known_organisation_and_a_state_name_its_branch:
        "AARP Oklahoma endorsed the bill. Many GOP Israel supporters agree." =>
        [("AARP Oklahoma", ORG, "AARP Oklahoma"), ("GOP", ORG, "Republican Party"), ("Israel", LOC, "Israel")];
    scottish_and_welsh_parties:
        "Scottish Labour and the Welsh Conservatives attacked the SNP." =>
        [("Scottish Labour", ORG, "Scottish Labour"), ("Welsh Conservatives", ORG, "Welsh Conservatives"),
         ("SNP", ORG, "Scottish National Party")];
    british_police_ranks_as_titles:
        "DCI Ana Orvik and Ch Supt Jo Zelvan spoke." =>
        [("Ana Orvik", PER, "Ana Orvik"), ("Jo Zelvan", PER, "Jo Zelvan")];
    advocacy_groups_named_for_the_people_of_a_state:
        "Iowans for Zelvo Relief endorsed him; Bikers for Orvik rallied." =>
        [("Iowans for Zelvo Relief", ORG, "Iowans for Zelvo Relief"), ("Bikers for Orvik", ORG, "Bikers for Orvik")];
    river_before_its_name_and_a_memorial_after_it:
        "It spread along the River Orvik to the Zelvo Memorial." =>
        [("River Orvik", LOC, "River Orvik"), ("Zelvo Memorial", LOC, "Zelvo Memorial")];
    hall_ends_a_place_unless_a_given_name_makes_it_a_surname:
        "Crowds filled Zelvo Hall and the Orvik Hall of Science. Hall of Famer Zelva Orvik spoke." =>
        [("Zelvo Hall", LOC, "Zelvo Hall"), ("Orvik Hall of Science", LOC, "Orvik Hall of Science"),
         ("Zelva Orvik", PER, "Zelva Orvik")];
    venues_by_their_head_words:
        "We ate at Joe's Pizza near the Zelvo Hotel, then saw a play at the Orvik Theater. Joe's brother paid." =>
        [("Joe's Pizza", LOC, "Joe's Pizza"), ("Zelvo Hotel", LOC, "Zelvo Hotel"), ("Orvik Theater", LOC, "Orvik Theater"),
         ("Joe", PER, "Joe")];
    large_city_named_like_a_person_in_a_list_of_places:
        "Italy put Rome, Florence and Palermo on alert." =>
        [("Italy", LOC, "Italy"), ("Rome", LOC, "Rome"), ("Florence", LOC, "Florence"), ("Palermo", LOC, "Palermo")];
    prefix_after_and_opens_a_second_name:
        "Ines Hall and Ministry of Zelvo officials met." =>
        [("Ines Hall", PER, "Ines Hall"), ("Ministry of Zelvo", ORG, "Ministry of Zelvo")];
    double_barrelled_surnames_and_two_particles:
        "Points came from Zelvin Orvik-Carter. Orvik-Carter said so. Joaquín de la Zelva scored; \
         De la Zelva smiled and de la Zelva left. Tomas van der Orvik won an Oscar." =>
        [("Zelvin Orvik-Carter", PER, "Zelvin Orvik-Carter"), ("Orvik-Carter", PER, "Zelvin Orvik-Carter"),
         ("Joaquín de la Zelva", PER, "Joaquín de la Zelva"), ("De la Zelva", PER, "Joaquín de la Zelva"),
         ("de la Zelva", PER, "Joaquín de la Zelva"), ("Tomas van der Orvik", PER, "Tomas van der Orvik")];
    double_barrelled_word_with_a_stop_word_is_no_surname:
        "The segment of Enron On-Line closed." => [("Enron", ORG, "Enron")];
    adjective_made_of_a_place_is_no_part_of_the_name_after_it:
        "Backers included Abu Dhabi-based Zelvocoin Labs and Cape Town-based investors. \
         Ana Orvik, a partner at Dubai-based Zelvo Ventures, joined." =>
        [("Abu Dhabi", LOC, "Abu Dhabi"), ("Zelvocoin Labs", ORG, "Zelvocoin Labs"), ("Cape Town", LOC, "Cape Town"),
         ("Ana Orvik", PER, "Ana Orvik"), ("Dubai", LOC, "Dubai"), ("Zelvo Ventures", ORG, "Zelvo Ventures")];
    head_word_after_a_word_no_list_gives_anyone_beats_a_surname:
        "Zelvindi Harbour was shut, as was Orvik Container Terminals; Dave Camp spoke. He played Grand Theft Auto." =>
        [("Zelvindi Harbour", LOC, "Zelvindi Harbour"), ("Orvik Container Terminals", ORG, "Orvik Container Terminals"), ("Dave Camp", PER, "Dave Camp")];
    given_name_after_an_unknown_first_name_goes_on_with_it:
        "Union leader Zelvirahman Hassan Farah spoke near people wearing the \"Hillary for Prison\" shirts." =>
        [("Zelvirahman Hassan Farah", PER, "Zelvirahman Hassan Farah"), ("Hillary", PER, "Hillary")];
    word_of_direction_makes_a_name_that_is_also_a_person_s_the_place:
        "New arrivals in eastern Chad described the raids." => [("Chad", LOC, "Chad")];
    malaysian_honorifics_spanish_particles_and_indian_localities:
        "Datuk Seri Zelvan bin Orvik met Teresita de los Zelva-Mercado in Anna Nagar." =>
        [("Zelvan bin Orvik", PER, "Zelvan bin Orvik"), ("Teresita de los Zelva-Mercado", PER, "Teresita de los Zelva-Mercado"),
         ("Anna Nagar", LOC, "Anna Nagar")];
    demonym_may_end_a_double_barrelled_surname_but_not_open_one:
        "Zelva Orvik-Baloch, a political scientist, praised Zé Luís Orvik and the Greek-Cypriot talks." =>
        [("Zelva Orvik-Baloch", PER, "Zelva Orvik-Baloch"), ("Zé Luís Orvik", PER, "Zé Luís Orvik")];
    holding_and_government_head_organisations:
        "Orvik Agro Holding backed the National Unity Government, and the Greens objected." =>
        [("Orvik Agro Holding", ORG, "Orvik Agro Holding"), ("National Unity Government", ORG, "National Unity Government"),
         ("Greens", ORG, "Green Party")];
    where_a_person_is_from_before_a_clause_about_them_is_a_place:
        "Ali Zelvani, a farmer from Zelvarib who has brokered local swaps, said so." =>
        [("Ali Zelvani", PER, "Ali Zelvani"), ("Zelvarib", LOC, "Zelvarib")];
    given_name_after_a_noun_for_a_kind_of_place_is_the_place:
        "Damage near the town of Leslie was severe, Principal Harold Orvik of Zelvo Middle School said; Georgia Power agreed." =>
        [("Leslie", LOC, "Leslie"), ("Harold Orvik", PER, "Harold Orvik"), ("Zelvo Middle School", ORG, "Zelvo Middle School"),
         ("Georgia Power", ORG, "Georgia Power")];
    possessive_after_a_company_that_is_a_given_name_goes_on_to_the_head_word:
        "Doctors at Dell Children’s Medical Center said so." =>
        [("Dell Children’s Medical Center", ORG, "Dell Children’s Medical Center")];
    club_by_a_match_word_or_a_team_role:
        "Leeds edge Sunderland in a thriller. A pass from the Leeds captain set it up." =>
        [("Leeds", ORG, "Leeds United"), ("Sunderland", ORG, "Sunderland AFC"), ("Leeds", ORG, "Leeds United")];
    south_asian_forms_of_the_arabic_article_join_the_name:
        "Muhammad Zelvan ul-Haq made 88 and Orvik ud-Din spoke." =>
        [("Muhammad Zelvan ul-Haq", PER, "Muhammad Zelvan ul-Haq"), ("Orvik ud-Din", PER, "Orvik ud-Din")];
    verb_form_in_capitals_is_no_acronym:
        "We went after the game and the place was PACKED. The NYPD came." =>
        [("NYPD", ORG, "NYPD")];
    road_and_its_number_is_a_place:
        "Take Highway 26 east, then Interstate 75; Highway Patrol officers waited." =>
        [("Highway 26", LOC, "Highway 26"), ("Interstate 75", LOC, "Interstate 75"), ("Highway Patrol", ORG, "Highway Patrol")];
    university_known_by_its_state_is_not_meant_before_a_capital:
        "Michigan State beat Iowa State before the Iowa State Fair; Arizona State Senator Zelva Orvik watched." =>
        [("Michigan State", ORG, "Michigan State University"), ("Iowa State", ORG, "Iowa State University"),
         ("Iowa", LOC, "Iowa"), ("Arizona", LOC, "Arizona"), ("Zelva Orvik", PER, "Zelva Orvik")];
    title_after_a_known_organisation_ends_its_name:
        "Georgia House Speaker Zelva Orvik said the Ohio House would wait." =>
        [("Georgia House", ORG, "Georgia House of Representatives"), ("Zelva Orvik", PER, "Zelva Orvik"),
         ("Ohio House", ORG, "Ohio House of Representatives")];
    place_and_its_level_of_government_are_one_name:
        "Gunmen struck in Kaduna State; she moved to Legazpi City, not Hull City." =>
        [("Kaduna State", LOC, "Kaduna State"), ("Legazpi City", LOC, "Legazpi"), ("Hull City", ORG, "Hull City")];
    welsh_and_filipino_particles_and_a_capitalised_particle_after_a_given_name:
        "Rhys ap Gwilym and Marites dela Orvik came; later ap Gwilym left. Patrick De Zelva and Lieven De Orvik said no." =>
        [("Rhys ap Gwilym", PER, "Rhys ap Gwilym"), ("Marites dela Orvik", PER, "Marites dela Orvik"),
         ("ap Gwilym", PER, "Rhys ap Gwilym"), ("Patrick De Zelva", PER, "Patrick De Zelva"),
         ("Lieven De Orvik", PER, "Lieven De Orvik")];
    given_name_in_eed_is_no_past_tense_of_a_word:
        "The board met in Lahore on Monday. Ahmed Hameed Zelvor and Naveed Orvik said no." =>
        [("Lahore", LOC, "Lahore"), ("Ahmed Hameed Zelvor", PER, "Ahmed Hameed Zelvor"), ("Naveed Orvik", PER, "Naveed Orvik")];
    police_rank_in_capitals_is_a_title_not_an_organisation:
        "ACP Zelva Orvik said the IGP, Kayode Talan, ordered an inquiry." =>
        [("Zelva Orvik", PER, "Zelva Orvik"), ("Kayode Talan", PER, "Kayode Talan")];
    authority_commission_agency_of_a_country_is_one_name:
        "The Federal Airports Authority of Nigeria and the Electoral Commission of Ghana met." =>
        [("Federal Airports Authority of Nigeria", ORG, "Federal Airports Authority of Nigeria"),
         ("Electoral Commission of Ghana", ORG, "Electoral Commission of Ghana")];
    metro_before_a_known_place_is_part_of_its_name:
        "Service grew beyond Metro Manila; she rode the Metro home." =>
        [("Metro Manila", LOC, "Metro Manila")];
    unknown_words_in_a_list_after_a_place_and_a_town_before_its_state_are_places:
        "Villages in Albay, Catanduanes and Zelvapura. A cafe in Oskavik, Iowa, closed." =>
        [("Albay", LOC, "Albay"), ("Catanduanes", LOC, "Catanduanes"), ("Zelvapura", LOC, "Zelvapura"),
         ("Oskavik", LOC, "Oskavik"), ("Iowa", LOC, "Iowa")];
    korean_names_in_western_order_and_a_given_name_whose_syllables_are_words:
        "Farmers were angry. Hyun-woo Park, a farmer, agreed. The Rev. Jae-sung Yoon prayed, and union leader Bae Sung-ho told workers. \
         Eun-ji Carver, a spokeswoman, declined; the Co-op Bank fell." =>
        [("Hyun-woo Park", PER, "Hyun-woo Park"), ("Jae-sung Yoon", PER, "Jae-sung Yoon"), ("Bae Sung-ho", PER, "Bae Sung-ho"),
         ("Eun-ji Carver", PER, "Eun-ji Carver"), ("Co-op Bank", ORG, "Co-op Bank")];
    initials_before_a_word_no_dictionary_knows:
        "He met K.V. Zelvanas on Monday; the U.K. Biobank study grew." =>
        [("K.V. Zelvanas", PER, "K.V. Zelvanas"), ("U.K.", LOC, "United Kingdom")];
    name_a_person_is_identified_as_or_gives_is_a_person_s:
        "A woman identified only as Faith fled; a student who gave her name as Sunny stayed." =>
        [("Faith", PER, "Faith"), ("Sunny", PER, "Sunny")];
    regions_of_south_africa_nigeria_and_the_philippines:
        "Plants in the Eastern Cape idled; gunmen struck in Zamfara State; the storm hit Albay." =>
        [("Eastern Cape", LOC, "Eastern Cape"), ("Zamfara State", LOC, "Zamfara State"), ("Albay", LOC, "Albay")];
    parkway_turnpike_and_volcano_head_places:
        "They met on Eisenhower Parkway, off the New Jersey Turnpike, below Mayon Volcano." =>
        [("Eisenhower Parkway", LOC, "Eisenhower Parkway"), ("New Jersey Turnpike", LOC, "New Jersey Turnpike"),
         ("Mayon Volcano", LOC, "Mayon Volcano")];
    hyphenated_surname_labels_a_transcript_line:
        "The host Maria Reyes-Orvik spoke with Ana Zelvan on Sunday.\n\nREYES-ORVIK: Welcome to the show.\n\nZELVAN: Thank you." =>
        [("Maria Reyes-Orvik", PER, "Maria Reyes-Orvik"), ("Ana Zelvan", PER, "Ana Zelvan"),
         ("REYES-ORVIK", PER, "Maria Reyes-Orvik"), ("ZELVAN", PER, "Ana Zelvan")];
    saint_in_a_dateline_in_capitals_and_a_state_s_division_of:
        "ST. LOUIS (AP) — The Wyoming Division of Criminal Investigation agreed." =>
        [("ST. LOUIS", LOC, "St. Louis"), ("AP", ORG, "Associated Press"),
         ("Wyoming Division of Criminal Investigation", ORG, "Wyoming Division of Criminal Investigation")];
    known_name_ending_an_organisation_named_before_is_that_one:
        "The Philippine Coast Guard halted ferries; later the Coast Guard found the boat." =>
        [("Philippine Coast Guard", ORG, "Philippine Coast Guard"), ("Coast Guard", ORG, "Philippine Coast Guard")];
    city_that_opens_a_named_club_s_name_is_the_club_in_a_match:
        "The Chiefs won on Sunday. Kansas City lost its cornerback; fans in Kansas City cheered." =>
        [("Chiefs", ORG, "Kansas City Chiefs"), ("Kansas City", ORG, "Kansas City Chiefs"), ("Kansas City", LOC, "Kansas City")];
    name_set_off_after_a_kind_of_organisation_is_the_organisation_s:
        "Her label, Zelvo Music, agreed. The company, Apple, fell. A spokesman for the company, Maria Orvik, spoke." =>
        [("Zelvo Music", ORG, "Zelvo Music"), ("Apple", ORG, "Apple"), ("Maria Orvik", PER, "Maria Orvik")];
    chinese_family_name_before_a_given_name_whose_first_syllable_is_known:
        "Hsu Ming-lang, deputy head of the council, disagreed." =>
        [("Hsu Ming-lang", PER, "Hsu Ming-lang")];
    party_letter_is_no_part_of_the_place_after_it:
        "State Sen. Jane Orvik (R-Orchard Park) voted no." =>
        [("Jane Orvik", PER, "Jane Orvik"), ("Orchard Park", LOC, "Orchard Park")];
    ranks_written_without_full_stops_and_south_asian_given_names:
        "Lt Col Amar Gill, a defence spokesman, told reporters; Rukhsana Bibi, whose sons died, wept." =>
        [("Amar Gill", PER, "Amar Gill"), ("Rukhsana Bibi", PER, "Rukhsana Bibi")];
    name_a_person_is_said_to_bear_is_a_person_s:
        "A guy named Devon came up; a town called Devon flooded. The desk lady, Gloria, helped. \
         A man called Microsoft support. Its owner, Microsoft, agreed." =>
        [("Devon", PER, "Devon"), ("Devon", LOC, "Devon"), ("Gloria", PER, "Gloria"), ("Microsoft", ORG, "Microsoft"),
         ("Microsoft", ORG, "Microsoft")];
    start_word_after_a_verb_opening_the_sentence_and_school_short_names:
        "Hiked Mount Zelvais yesterday; Orvik Transit runs a bus past Jefferson Middle. Stocks hit a Record High." =>
        [("Mount Zelvais", LOC, "Mount Zelvais"), ("Orvik Transit", ORG, "Orvik Transit"), ("Jefferson Middle", ORG, "Jefferson Middle")];
    nickname_in_quotation_marks_inside_a_name:
        "The physicist George \"Jay\" Orvik came. Later Orvik left." =>
        [("George \"Jay\" Orvik", PER, "George \"Jay\" Orvik"), ("Orvik", PER, "George \"Jay\" Orvik")];
    first_word_of_an_organisation_named_before_stands_for_it:
        "Orvik Precision Components cut jobs. Orvik said demand fell." =>
        [("Orvik Precision Components", ORG, "Orvik Precision Components"), ("Orvik", ORG, "Orvik Precision Components")];
    spanish_spellings_of_mexico_and_peru:
        "The central bank of México met officials from Perú." =>
        [("México", LOC, "Mexico"), ("Perú", LOC, "Peru")];
    closed_class_word_after_a_title_opens_no_name:
        "The group Count Every Zelvo sued; Count Orvik came." =>
        [("Orvik", PER, "Orvik")];
    airports_and_grounds_named_alone:
        "We landed at O’Hare, flew on from Heathrow and saw a match at Anfield." =>
        [("O’Hare", LOC, "O'Hare International Airport"), ("Heathrow", LOC, "Heathrow Airport"), ("Anfield", LOC, "Anfield")];
    panhandle_heads_a_region:
        "Storms could reach the Florida Panhandle on Wednesday." => [("Florida Panhandle", LOC, "Florida Panhandle")];
    adjective_and_head_word_alone_name_a_kind:
        "Conservatives rail against Big Government and want Limited Government and Mass Transit." => [];
    hyphenated_given_names_and_particles:
        "Witnesses saw Jean-Marc Orvik leave with Nguyen Van Thanh. Coach Erik ten Zelve and Ursula K. Le Orvik spoke." =>
        [("Jean-Marc Orvik", PER, "Jean-Marc Orvik"), ("Nguyen Van Thanh", PER, "Nguyen Van Thanh"),
         ("Erik ten Zelve", PER, "Erik ten Zelve"), ("Ursula K. Le Orvik", PER, "Ursula K. Le Orvik")];
    short_form_of_a_known_organisation_named_before:
        "The New York Times reported it. The Times said later that the Post’s story was wrong. \
         The Washington Post disagreed, and the Post said so. The Times of London did not."
        => [("The New York Times", ORG, "The New York Times"), ("The Times", ORG, "The New York Times"),
            ("The Washington Post", ORG, "The Washington Post"), ("Post", ORG, "The Washington Post"),
            ("The Times of London", ORG, "The Times")];
    political_action_committees_and_advocacy_groups:
        "The ads come from Zelvo Forward PAC, a Super PAC, and from the Club for Growth. \
         Americans for Zelvo Prosperity paid too."
        => [("Zelvo Forward PAC", ORG, "Zelvo Forward PAC"), ("Club for Growth", ORG, "Club for Growth"),
            ("Americans for Zelvo Prosperity", ORG, "Americans for Zelvo Prosperity")];
    brand_in_camel_case_anywhere_but_in_handles_and_addresses:
        "Data from PollQuest showed a swing. Readers of @ZwaneMedia and #StopTheVote said so. \
         Visit HealthCare.gov to sign up. JoAnne Kloppenburg won in SoHo. The United StatesIn brief."
        => [("PollQuest", ORG, "PollQuest"), ("JoAnne Kloppenburg", PER, "JoAnne Kloppenburg"), ("SoHo", LOC, "SoHo")];
    camel_case_given_name_in_a_full_name:
        "“We are happy,” said RoseAnn DeMoro, the director." => [("RoseAnn DeMoro", PER, "RoseAnn DeMoro")];
    state_postal_code_after_a_place:
        "She lives in Baltimore, MD and Atlanta, GA. He is IN the race."
        => [("Baltimore", LOC, "Baltimore"), ("MD", LOC, "Maryland"), ("Atlanta", LOC, "Atlanta"), ("GA", LOC, "Georgia")];
    person_shaped_name_after_an_organisation_noun:
        "He joined the law firm Mayer Brown. The company Smith founded grew."
        => [("Mayer Brown", ORG, "Mayer Brown"), ("Smith", PER, "Smith")];
    very_common_surname_alone_is_no_known_leader:
        "“We won,” Johnson said." => [("Johnson", PER, "Johnson")];
    state_nickname_and_newspaper_are_no_one:
        "Sanders won in the Badger State. The family soured on him, the Post reported."
        => [("Sanders", PER, "Bernie Sanders")];
    honorific_before_a_plain_word_is_no_name:
        "He owned the Miss Universe pageant. Mrs. Gold said no. She was Miss Piggy's aide."
        => [("Gold", PER, "Gold"), ("Piggy", PER, "Piggy")];
    counties_listed_before_the_word:
        "He won Hamilton, Lake and Stark counties and Polk county, not this Democratic county."
        => [("Hamilton", LOC, "Hamilton"), ("Lake", LOC, "Lake"), ("Stark", LOC, "Stark"), ("Polk", LOC, "Polk")];
    games_are_no_one:
        "Oslo prepared for the 2008 Summer Olympic Games. The last Olympic Games are believed to be over."
        => [("Oslo", LOC, "Oslo")];
    restaurant_after_at: "Delegates dined at Alvarado's on Friday." =>
        [("Alvarado's", LOC, "Alvarado's")];
    shop_named_after_no_one: "Voters lined up, and Alvarado's, which opened in 1990, stayed shut." =>
        [];
    restaurant_with_particle_is_no_surname: "Anna Del Vecchio spoke. Aides went to Del Vecchio's for lunch." =>
        [("Anna Del Vecchio", PER, "Anna Del Vecchio")];
    possessive_before_its_noun_stays_a_person: "Officials read Hadley's letter aloud." =>
        [("Hadley", PER, "Hadley")];
    product_of_a_known_company: "The recall covers the Samsung Corvanta sold since 2021." =>
        [("Samsung Corvanta", ORG, "Samsung Corvanta")];
    given_name_rare_as_a_word: "The call with Larry went well, aides said." =>
        [("Larry", PER, "Larry")];
    given_name_common_as_a_word: "Joy filled the hall as the results came in." => [];
    given_name_after_article: "Delegates cited the Orlando attack." => [];
    country_named_like_a_person_after_a_place: "Envoys flew to Syria and Jordan on Monday." =>
        [("Syria", LOC, "Syria"), ("Jordan", LOC, "Jordan")];
    country_named_like_a_person_before_a_place: "Jordan and Egypt signed the accord." =>
        [("Jordan", LOC, "Jordan"), ("Egypt", LOC, "Egypt")];
    plural_acronym_is_no_name: "Delegates met the FMs Tavoro had invited." =>
        [("Tavoro", PER, "Tavoro")];
    english_county: "Floods closed roads across Derbyshire and Somerset." =>
        [("Derbyshire", LOC, "Derbyshire"), ("Somerset", LOC, "Somerset")];
    leading_initials: "The ship sank in 1944, T.R. Vannholt wrote." =>
        [("T.R. Vannholt", PER, "T.R. Vannholt")];
    given_name_and_initials: "Former President Marcus H.W. Zelvin attended, as did George H.W. Bush." =>
        [("Marcus H.W. Zelvin", PER, "Marcus H.W. Zelvin"), ("George H.W. Bush", PER, "George H. W. Bush")];
    middle_initial_then_surname_ends_a_name: "The memo came from Ana M. Ruiz Reuters." =>
        [("Ana M. Ruiz", PER, "Ana M. Ruiz"), ("Reuters", ORG, "Reuters")];
    postscript_is_no_initials: "Thanks, Vince P.S. Tom, call me." =>
        [("Vince", PER, "Vince"), ("Tom", PER, "Tom")];
    surname_with_its_particle: "Mayor Lena van Dorst spoke. Critics of van Dorst objected. Van Dorst said no." =>
        [("Lena van Dorst", PER, "Lena van Dorst"), ("van Dorst", PER, "Lena van Dorst"),
         ("Van Dorst", PER, "Lena van Dorst")];
    lower_case_particle_opens_a_name: "Recruits looked to bin Qasimi for guidance." =>
        [("bin Qasimi", PER, "bin Qasimi")];
    arabic_article_opens_a_name: "The talks failed, al-Harazi said on Monday." =>
        [("al-Harazi", PER, "al-Harazi")];
    particle_after_a_capital_is_no_name: "He won the Tour de Vandor twice." => [];
    name_addressed: "Odalys, you were right about the vote." => [("Odalys", PER, "Odalys")];
    known_name_in_lower_case: "The group pledged loyalty to al-Qaeda last year." =>
        [("al-Qaeda", ORG, "al-Qaeda")];
    known_name_after_an_arabic_article_written_apart:
        "The group, linked to al Qaeda, cast a boy as Zelvo Orvik." =>
        [("al Qaeda", ORG, "al-Qaeda"), ("Zelvo Orvik", PER, "Zelvo Orvik")];
    initials_run_into_a_signature: "Thanks. Xq Debra Lindqvist" => [("Debra Lindqvist", PER, "Debra Lindqvist")];
    names_in_a_list: "Varnok, Dalgren and Oyelaran signed the letter." =>
        [("Varnok", PER, "Varnok"), ("Dalgren", PER, "Dalgren"), ("Oyelaran", PER, "Oyelaran")];
    word_after_an_article_in_a_list_is_no_name: "Aides of the Manor, Lena Varnok and Ruth Dalgren left." =>
        [("Lena Varnok", PER, "Lena Varnok"), ("Ruth Dalgren", PER, "Ruth Dalgren")];
    place_named_person_addressed: "Elmira, you were right about the vote." =>
        [("Elmira", PER, "Elmira")];
    sender_name_in_quotes: "\"Townsend, George\" <george@example.com> wrote:" =>
        [("Townsend, George", PER, "Townsend, George")];
    bureau_of_a_known_outlet: "The report was first aired by Reuters Nairobi on Monday." =>
        [("Reuters Nairobi", ORG, "Reuters Nairobi")];
    newspaper_and_trading_house_by_head_word:
        "She wrote for the Kelso Evening Courant and the Dunmore Monthly, then joined Brannock Futures. Velloria Films hired her." =>
        [("Kelso Evening Courant", ORG, "Kelso Evening Courant"), ("Dunmore Monthly", ORG, "Dunmore Monthly"),
         ("Brannock Futures", ORG, "Brannock Futures"), ("Velloria Films", ORG, "Velloria Films")];
    team_before_a_name: "He signed for Team Voltaro." => [("Team Voltaro", ORG, "Team Voltaro")];
    team_before_an_everyday_word: "Afterwards Team Leaders met in private." => [];
    city_of_is_the_municipal_body: "The City of Springvale sued the contractor." =>
        [("City of Springvale", ORG, "City of Springvale")];
    capitalised_article_inside_a_sentence_opens_the_name: "He recorded for The Larkspur Record Company in 1975." =>
        [("The Larkspur Record Company", ORG, "The Larkspur Record Company")];
    article_opening_a_sentence_stays_out: "The Larkspur Record Company folded." =>
        [("Larkspur Record Company", ORG, "Larkspur Record Company")];
    ambiguous_company_listed_after_a_company: "GM and Ford cut prices, as did Google and Amazon." =>
        [("GM", ORG, "General Motors"), ("Ford", ORG, "Ford"), ("Google", ORG, "Google"),
         ("Amazon", ORG, "Amazon")];
    unknown_name_after_a_kind_of_organisation: "The Icelandic band Hjaltaros released a single." =>
        [("Hjaltaros", ORG, "Hjaltaros")];
    census_name_after_a_kind_of_organisation_stays_a_person: "The firm Jensen founded grew." =>
        [("Jensen", PER, "Jensen")];
    head_word_inside_a_longer_name: "She won an Honorary Academy Award before the Clean Air Act passed." => [];
    compound_adjectives_are_no_one: "GOP-dominated chambers state it. Combat-level stress. \
        The Democratic-leaning states vote. Reportedly he made ISIS-sympathetic comments." =>
        [("GOP", ORG, "Republican Party"), ("ISIS", ORG, "Islamic State")];
    known_name_ending_inside_a_compound: "A Hong Kong-based bank crossed the United States-Mexico \
        border. Nobel Prize-winning economists met Elizabeth Warren-style progressives." =>
        [("Hong Kong", LOC, "Hong Kong"), ("United States", LOC, "United States"),
         ("Mexico", LOC, "Mexico"), ("Elizabeth Warren", PER, "Elizabeth Warren")];
    acronyms_and_brands_that_speak_are_organisations_groups_no_one:
        "“It is false,” MWW said. Ohioans say they do not know. ZelvoAir said on Thursday that the ACFX confirmed it. SkyWidgets offers more." =>
        [("MWW", ORG, "MWW"), ("ZelvoAir", ORG, "ZelvoAir"), ("ACFX", ORG, "ACFX"), ("SkyWidgets", ORG, "SkyWidgets")];
    korean_given_name_keeps_its_syllables: "Kim Jae-hoon and Lee Min-koo said it." =>
        [("Kim Jae-hoon", PER, "Kim Jae-hoon"), ("Lee Min-koo", PER, "Lee Min-koo")];
    one_sense_per_document: "Obama flew to Orlando on Sunday. Orlando mourned the dead." =>
        [("Obama", PER, "Barack Obama"), ("Orlando", LOC, "Orlando"), ("Orlando", LOC, "Orlando")];
    a_longer_name_settles_the_sense_of_a_word_passed_over:
        "Ford Motor Co. agreed to the deal. The strike cost Ford about $350 million." =>
        [("Ford Motor Co.", ORG, "Ford"), ("Ford", ORG, "Ford")];
    a_longer_name_settles_no_body_named_by_a_word_that_needs_an_article:
        "The U.S. House voted. She won her House primary." =>
        [("U.S. House", ORG, "US House of Representatives")];
    a_language_names_no_one:
        "She has made films in Hindi and Telugu, and speaks Swahili." => [];
    korean_family_name_that_is_a_stop_word_ends_the_name:
        "Judge Hye-jin Oh sentenced him on Friday. Oh said it was fair." =>
        [("Hye-jin Oh", PER, "Hye-jin Oh"), ("Oh", PER, "Hye-jin Oh")];
    honorifics_of_west_africa_the_pacific_and_malaysia_are_no_part_of_the_name:
        "Alhaji Musa Danjuma met Ratu Josefa Nawalu and Tengku Farah Aziz." =>
        [("Musa Danjuma", PER, "Musa Danjuma"), ("Josefa Nawalu", PER, "Josefa Nawalu"), ("Farah Aziz", PER, "Farah Aziz")];
    nigerian_state_by_its_name_alone:
        "The tribunal in neighbouring Jigawa will rule next week." =>
        [("Jigawa", LOC, "Jigawa State")];
    town_before_a_comma_and_a_hyphenated_state:
        "Shares rose after the Austin, Texas-based chip designer reported revenue." =>
        [("Austin", LOC, "Austin"), ("Texas", LOC, "Texas")];
    australian_state_abbreviation_after_a_town:
        "Floodwater cut the highway near Townsville, Qld, on Sunday." =>
        [("Townsville", LOC, "Townsville"), ("Qld", LOC, "Queensland")];
    company_named_by_an_english_word_in_apposition_is_named_again:
        "Quarry, a start-up that builds agents, has raised $310 million. The round triples Quarry's valuation." =>
        [("Quarry", ORG, "Quarry"), ("Quarry", ORG, "Quarry")];
    english_word_ending_a_longer_name_opens_no_organisation:
        "The senator gave money to For Our Future, a super PAC he formed." => [];
    app_before_an_unknown_name_makes_it_an_organisation:
        "Ofcom fined the messaging app Parlour on Tuesday." =>
        [("Ofcom", ORG, "Ofcom"), ("Parlour", ORG, "Parlour")];
    national_chapter_of_a_body_of_several_words:
        "Amnesty International Kenya said the arrests were unlawful." =>
        [("Amnesty International Kenya", ORG, "Amnesty International Kenya")];
    limited_ends_a_company_name_as_ltd_does:
        "Ghana Water Limited said on Wednesday it may shut two plants." =>
        [("Ghana Water Limited", ORG, "Ghana Water Limited")];
    maori_particle_opens_a_surname:
        "Principal Aroha Te Whare-Ngata spoke first. Staff cried, Te Whare-Ngata said." =>
        [("Aroha Te Whare-Ngata", PER, "Aroha Te Whare-Ngata"), ("Te Whare-Ngata", PER, "Aroha Te Whare-Ngata")];
    malaysian_and_indian_name_forms:
        "Pak Heru Santoso met Zelvara Petroleum Bhd near Janpath Marg." =>
        [("Heru Santoso", PER, "Heru Santoso"), ("Zelvara Petroleum Bhd", ORG, "Zelvara Petroleum Bhd"),
         ("Janpath Marg", LOC, "Janpath Marg")];
    body_before_an_unknown_name_makes_it_an_organisation:
        "Industry body Zelvascom said hiring had slowed." =>
        [("Zelvascom", ORG, "Zelvascom")];
    a_persons_given_name_keeps_the_person_sense:
        "Obama flew to Orlando. Orlando Vance spoke. Orlando mourned." =>
        [("Obama", PER, "Barack Obama"), ("Orlando", LOC, "Orlando"),
         ("Orlando Vance", PER, "Orlando Vance"), ("Orlando", PER, "Orlando Vance")];
    company_named_by_a_word_acting_inside_a_sentence:
        "Analysts said Apple could gain. Every year, Time's editors choose. The Renaissance was long." =>
        [("Apple", ORG, "Apple"), ("Time", ORG, "Time")];
    coordinated_word_before_a_noun_or_a_doctrine_is_no_one:
        "It was backed by Obama and House leaders. Romney spoke of his Mormonism and Obama of race." =>
        [("Obama", PER, "Barack Obama"), ("Romney", PER, "Mitt Romney"), ("Obama", PER, "Barack Obama")];
    place_names_hold_no_and_or_on_before_the_head_word:
        "He won in Nassau County on Long Island, Pennsylvania and Rhode Island." =>
        [("Nassau County", LOC, "Nassau County"), ("Long Island", LOC, "Long Island"),
         ("Pennsylvania", LOC, "Pennsylvania"), ("Rhode Island", LOC, "Rhode Island")];
    headline_function_words_end_a_name: "Democratic Primary Is A Fight Over Wall Street" =>
        [("Wall Street", LOC, "Wall Street")];
    ordinal_and_head_word_is_a_place: "The march began at 36th Street and Fifth Avenue." =>
        [("36th Street", LOC, "36th Street"), ("Fifth Avenue", LOC, "Fifth Avenue")];
    given_name_and_surname_head_after_on_is_a_street: "He lives on Dallas Street." =>
        [("Dallas Street", LOC, "Dallas Street")];
    headline_capitals_say_nothing_of_names:
        "Hillary Clinton Sides With Unions As Voters Get Some Devastating News" =>
        [("Hillary Clinton", PER, "Hillary Clinton")];
    known_name_after_and_is_listed_not_joined:
        "Polls from Quinnipiac University and Fox News agree with Ways and Means Committee staff." =>
        [("Quinnipiac University", ORG, "Quinnipiac University"), ("Fox News", ORG, "Fox News"),
         ("Ways and Means Committee", ORG, "House Ways and Means Committee")];
    days_and_adjectives_open_no_organisation:
        "Reports said on Wednesday the Secret Service had met the Republican-controlled Congress." =>
        [("Secret Service", ORG, "Secret Service"), ("Congress", ORG, "US Congress")];
    titles_and_on_do_not_join_organisation_names:
        "“It is fine,” wrote Larry Oakes on Hot Air, and Ana Ruiz, CEO of Acme Restaurant Association, agreed." =>
        [("Larry Oakes", PER, "Larry Oakes"), ("Hot Air", ORG, "Hot Air"), ("Ana Ruiz", PER, "Ana Ruiz"),
         ("Acme Restaurant Association", ORG, "Acme Restaurant Association")];
    surname_after_to_or_before_a_possessive_is_the_person:
        "Ben Carson spoke first. Cruz apologized to Carson. It was held in Carson’s home. Voters in Carson backed him." =>
        [("Ben Carson", PER, "Ben Carson"), ("Cruz", PER, "Ted Cruz"), ("Carson", PER, "Ben Carson"),
         ("Carson", PER, "Ben Carson"), ("Carson", LOC, "Carson")];
    inflected_word_after_a_full_name_ends_it: "Hillary Clinton Wins Delaware. Lawrence H. Summers said so." =>
        [("Hillary Clinton", PER, "Hillary Clinton"), ("Delaware", LOC, "Delaware"),
         ("Lawrence H. Summers", PER, "Lawrence H. Summers")];
    groups_and_shows_end_a_name: "He spoke on The Rachel Maddow Show about Florida Latino voters and the Bible." =>
        [("Rachel Maddow", PER, "Rachel Maddow"), ("Florida", LOC, "Florida")];
    english_word_after_a_known_place_is_no_surname:
        "He spoke at a New Hampshire Elks lodge and met Chicago Owls fans." =>
        [("New Hampshire", LOC, "New Hampshire"), ("Chicago", LOC, "Chicago")];
    headline_speech_verb_and_known_name_end_names:
        "Obama Says African-American Museum Will Tell Of Suffering. Obama Power Plant Rules Face Test In Court." =>
        [("Obama", PER, "Barack Obama"), ("African-American Museum", LOC, "African-American Museum"),
         ("Obama", PER, "Barack Obama")];
    holiday_before_a_head_word: "Societies like Easter Island vanished." =>
        [("Easter Island", LOC, "Easter Island")];
    english_word_listed_with_an_organisation_is_no_person:
        "He helped Marsh and Senate candidates. He saw Marsh and left." =>
        [("Senate", ORG, "US Senate"), ("Marsh", PER, "Marsh")];
    common_given_name_that_is_a_rare_word_takes_a_word_surname:
        "Pete King spoke first. Then Amy Pope spoke." =>
        [("Pete King", PER, "Pete King"), ("Amy Pope", PER, "Amy Pope")];
    surname_that_is_a_rare_word_after_a_title_or_before_a_comma:
        "Former Rep. Chris Shays spoke, as did strategist Karl Rove, and Ben Jealous said so." =>
        [("Chris Shays", PER, "Chris Shays"), ("Karl Rove", PER, "Karl Rove"), ("Ben Jealous", PER, "Ben Jealous")];
    company_known_by_what_it_owns_throughout_the_document:
        "Investors sold Zelvox’s shares on Monday. Zelvox said the sale was small." =>
        [("Zelvox", ORG, "Zelvox"), ("Zelvox", ORG, "Zelvox")];
    a_census_name_owning_shares_may_be_a_person:
        "Investors watched Hadley’s shares. Hadley said nothing." =>
        [("Hadley", PER, "Hadley"), ("Hadley", PER, "Hadley")];
    a_which_is_no_person: "Analysts said Hadley, which tracks funds, was wrong." =>
        [("Hadley", ORG, "Hadley")];
    dates_after_a_preposition_are_no_place: "The poll ran from Aug. 5 through Aug. 12 in St. Zelvoville." =>
        [("St. Zelvoville", LOC, "St. Zelvoville")];
    unknown_place_that_is_a_persons_surname: "John Zelvok spoke. A man put his arm around Zelvok." =>
        [("John Zelvok", PER, "John Zelvok"), ("Zelvok", PER, "John Zelvok")];
    hyphenated_head_word_and_speaking_organisation:
        "The Chicago Sun-Times reported it. Editorialists say so." =>
        [("Chicago Sun-Times", ORG, "Chicago Sun-Times")];
    transcript_speaker_in_capitals_and_page_labels:
        "A transcript follows.\n\nRAMOS: Did you lie to them?\n\nBYLINE: Ana Ruiz.\n\nThe NYPD said so." =>
        [("RAMOS", PER, "RAMOS"), ("Ana Ruiz", PER, "Ana Ruiz"), ("NYPD", ORG, "NYPD")];
    long_transcript_speaker_in_capitals: "Tom Harriman met Anna Kowalczyk.\n\nKOWALCZYK: Did you lie?\n\nLOOK: A headline." =>
        [("Tom Harriman", PER, "Tom Harriman"), ("Anna Kowalczyk", PER, "Anna Kowalczyk"),
         ("KOWALCZYK", PER, "Anna Kowalczyk")];
    transcript_speaker_links_to_the_full_name:
        "Jorge Ramos asked first.\n\nRAMOS: Did you lie to them?" =>
        [("Jorge Ramos", PER, "Jorge Ramos"), ("RAMOS", PER, "Jorge Ramos")];
    town_before_a_us_state: "She spoke in Hudson, N.H., and in Hudson, NH. Hudson voted early." =>
        [("Hudson", LOC, "Hudson"), ("N.H.", LOC, "New Hampshire"), ("Hudson", LOC, "Hudson"),
         ("NH", LOC, "New Hampshire"), ("Hudson", LOC, "Hudson")];
    state_describing_a_politician: "Lindsey Graham, South Carolina Republican, spoke." =>
        [("Lindsey Graham", PER, "Lindsey Graham"), ("South Carolina", LOC, "South Carolina")];
    legal_form_ends_a_name_before_capitals: "A copy of the Brannock Corporation Guaranty arrived." =>
        [("Brannock Corporation", ORG, "Brannock Corporation")];
}

#[test]
fn people_places_and_organisations_are_grouped() {
    let doc = extractor().extract("Peskov said Putin would visit Minsk. Putin did not comment.");
    let people: Vec<&str> = doc.people().map(|p| p.canonical()).collect();
    assert_eq!(people, ["Dmitry Peskov", "Vladimir Putin"]);
    let putin = doc.people().nth(1).unwrap();
    assert_eq!(putin.mentions().count(), 2);
    assert_eq!(
        doc.places().map(|p| p.canonical()).collect::<Vec<_>>(),
        ["Minsk"]
    );
}

#[test]
fn place_name_of_several_countries_takes_the_sense_named_for_sure() {
    let ids = |text: &str| -> Vec<Option<String>> {
        extractor()
            .extract(text)
            .entities()
            .filter(|e| e.label() == LOC)
            .map(|e| e.referent().id().map(str::to_string))
            .collect()
    };
    // The US state's GeoNames id, not the country's (614540).
    let state = Some("4197000".to_string());
    assert_eq!(
        ids("In Georgia, prosecutors filed charges, said Sen. Raphael Warnock, D-Ga."),
        [state.clone(), state]
    );
    assert_eq!(
        ids("Protests went on in Georgia."),
        [Some("614540".to_string())]
    );
}

#[test]
fn city_before_a_comma_and_a_region_is_the_city_of_that_region_s_country() {
    let places = |text: &str| -> Vec<(String, Option<String>)> {
        extractor()
            .extract(text)
            .entities()
            .filter(|e| e.label() == LOC)
            .map(|e| {
                (
                    e.as_str().to_string(),
                    e.referent().id().map(str::to_string),
                )
            })
            .collect()
    };
    let id = |s: &str| Some(s.to_string());
    // Alexandria in Virginia, not in Egypt (361058).
    assert_eq!(
        places("A judge in Alexandria, Va., ruled."),
        [
            ("Alexandria".to_string(), id("4744091")),
            ("Va.".to_string(), id("6254928"))
        ]
    );
    // Named again alone, it keeps that sense.
    assert_eq!(
        places("A judge in Alexandria, Va., ruled. Alexandria is calm.")[2],
        ("Alexandria".to_string(), id("4744091"))
    );
    // A person named like a city abroad stays the person.
    let doc = extractor().extract("Trump told Obama, Texas officials said.");
    let obama = doc
        .entities()
        .find(|e| e.as_str() == "Obama")
        .map(|e| e.label());
    assert_eq!(obama, Some(PER));
}
