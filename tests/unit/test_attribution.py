from recon.attribution import extract_credits, find_attributions
from recon.sentences import split_sentences


def speakers(text, **kw):
    sents = split_sentences(text)
    found = find_attributions(text, sents, **kw)
    return [[a.speaker for a in found.get(s.index, [])] for s in sents]


def test_speech_verb_with_title_and_name():
    text = "وقال المتحدث باسم الجيش اللبناني العميد علي قانصو إن 40 عنصرا انتشروا."
    assert speakers(text) == [["المتحدث باسم الجيش اللبناني العميد علي قانصو"]]


def test_continuation_and_surname_expansion():
    text = "قال مدير المستشفى الدكتور سامر خليل إن الوضع صعب. وأضاف أن 12 جريحا وصلوا. وأوضح خليل أن الأدوية نفدت."
    got = speakers(text)
    assert got[1] == ["مدير المستشفى الدكتور سامر خليل"]
    assert got[2] == ["مدير المستشفى الدكتور سامر خليل"]


def test_according_to_phrases():
    text = "نزح 3000 شخص من القرى، بحسب مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية. وارتفع العدد وفقا لمصادر طبية."
    got = speakers(text)
    assert got[0] == ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]
    assert got[1] == ["مصادر طبية"]


def test_according_to_needs_a_source():
    text = "غادرت القوات البلاد حسب الاتفاقيات الموقعة."
    assert speakers(text) == [[]]


def test_speaker_with_lost_verb_before_medium():
    text = "الناطق باسم وزارة الداخلية، خالد المحنا، لوكالة الأنباء، أن 20 مطلوبا اعتقلوا."
    assert speakers(text) == [["الناطق باسم وزارة الداخلية، خالد المحنا"]]


def test_speaker_stops_at_date_offsets():
    text = "وذلك حسب ما أعلنت عنه وزارة الصحة الخميس."
    stop = text.index("الخميس")
    assert speakers(text, stops=[stop]) == [["وزارة الصحة"]]


def test_credits():
    assert extract_credits("دمشق (رويترز) – قتل 5 أشخاص.") == ["Reuters"]
    assert extract_credits("نص الخبر.\nليفانت – وكالات\n") == ["Levant News", "وكالات"]
    assert extract_credits("بغداد (ا ف ب) – نص.\nالمصدر : news.example.com") == [
        "AFP",
        "news.example.com",
    ]
    assert extract_credits("قال لوكالة رويترز إن الوضع هادئ.") == []


def test_a_hypothetical_statement_attributes_nothing():
    text = "ولو قالت ألمانيا إنها ستبقي قواتها، فإن إيطاليا ستسحب 300 جندي من الموصل."
    assert speakers(text) == [[]]
    text = "وفي حال أعلنت الحكومة الهدنة، فإن الأمم المتحدة سترسل 40 شاحنة."
    assert speakers(text) == [[]]


def test_subject_between_kana_and_qad():
    text = "وكانت منظمة أطباء بلا حدود قد أعلنت الأحد إجلاء 45 جريحا من المدينة."
    assert speakers(text, stops=[text.index("الأحد")]) == [["منظمة أطباء بلا حدود"]]


def test_first_credit_is_the_outlet_proper():
    text = "المصدر: www.example.org\nعمان (بترا) – قالت وزارة الصحة إن 10 أشخاص أصيبوا."
    assert extract_credits(text) == ["Petra", "www.example.org"]
    assert extract_credits("متابعات – الشرق الأوسط\nنص الخبر هنا.")[0] == "Asharq Al-Awsat"


def test_surname_expands_to_the_latest_full_name_holding_it():
    # Many statements in a row keep the history open: the bare surname still
    # finds the last full name with that word, not an earlier one.
    text = (
        "قال وزير الصحة أحمد خليل إن 5 أصيبوا. "
        + "قال مصدر إن الوضع هادئ. " * 30
        + "وقال محافظ المدينة سامر خليل إن 3 قتلوا. وأوضح خليل أن المستشفى امتلأ."
    )
    got = speakers(text)
    assert got[-1] == ["محافظ المدينة سامر خليل"]


def test_as_stated_in_the_statement_takes_the_last_statement():
    # A named person in between does not make a statement: "ما جاء في
    # البيان" is still the army's.
    text = (
        "وقال بيان للجيش اللبناني إن 3 جنود قتلوا. قال الوزير سامر خليل إن الطريق مغلقة. "
        "وأصيب 4 آخرون، وفق ما جاء في البيان."
    )
    assert speakers(text)[2] == ["بيان للجيش اللبناني"]
