"""Function words of each lexicon's language: the cheap test that tells the language of a text without
importing (and compiling) every lexicon. A lexicon's ``function_words`` field is its entry here."""

from __future__ import annotations

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in a was were said on for is that with by at from as has have had after "
                 "their they his he it an are been".split()),
    "fr": frozenset("le les des du et à est été qui dans pour sur au aux ont ses il elle ils cette "
                 "ce d l avait sont".split()),
    "es": frozenset("el la los las del y en que por con para una su sus al es fue como pero más lo "
                 "este esta según también entre durante tras hasta muy ayer".split()),
    "pt": frozenset("o os as do da dos das em no na nos nas num numa um uma não ao aos às pelo pela "
                 "pelos pelas foi foram também seu sua seus suas mais disse segundo ontem hoje "
                 "onde e é com que para há está".split()),
    "ar": frozenset("في من على إلى الى أن إن عن مع التي الذي الذين هذا هذه بعد قبل كما وقال وقد قد "
                 "لم لا ما بين حتى منذ خلال ذلك أو ثم وفي كان كانت وأن".split()),
    "ru": frozenset("и что с со от из к о об это как его ее её был была были было также если уже "
                 "еще ещё после который которые которая года году он она они этом этого между "
                 "под или чтобы где когда в во сообщил сообщили человек на не по за до для "
                 "при над а около более против данным словам".split()),
    "uk": frozenset("і й та що з із зі від про це як його її був була були було також якщо вже "
                 "ще після який яка які року у він вона вони цього між під або щоб де коли "
                 "повідомив повідомили внаслідок унаслідок в на не по за до для при над а "
                 "біля понад поблизу серед близько кілька даними словами проти".split()),
}
