"""Populated places that news of wars, crises and unrest names and cities500 lacks.

GeoNames' cities500 leaves out many towns, villages, camps and city districts where conflict happens:
El Alto (a city of 900,000), Heglig, Pibor, Palma, Kibera, Dahiyeh, Shujaiya, Cité Soleil, Husby. A
story naming one was placed at a namesake elsewhere in the world, or only at its region. This is our
own table of facts about them: the name, the spellings the English press uses, the place's point, its
country, the GeoNames feature code (PPL a town, village or camp; PPLX a district of a city) and a
rough population (its order of magnitude, used to rank namesakes as cities500's is). Entries get ids
-(TOWN_ID_BASE + n), n fixed per row (`town_id`, reversed by `town_row`); their admin1 area is that of
the nearest cities500 place of their country, as for airfields.

A row is a place cities500 does not hold under any of its names in its country: where it does, the
existing entry is kept and the row left out (tests/geo/test_towns.py checks every row). Inhabited
islands are towns here (PPL, class P), not ISL entries: the index gives class T a region's precision
and leaves it out of `near`. See docs/gazetteer.md, "Towns and districts cities500 lacks".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from frontwatch.geo.airfields import NearestPlaceGrid
from frontwatch.geo.name_index import (
    ARABIC_NAMES,
    KIND_ALTERNATE,
    KIND_MAIN,
    KIND_OFFICIAL,
    NameTable,
    latin_key,
    press_spellings,
)
from frontwatch.geo.records import SourcePlace

TOWN_ID_BASE = 8_000_000
TOWN_ID_SPAN = 1_000_000  # ids -(TOWN_ID_BASE + n) for 0 < n < TOWN_ID_SPAN
TOWN_CODES = frozenset({"PPL", "PPLX"})  # a town, village or camp; a district of a city


@dataclass(frozen=True)
class Town:
    n: int  # the id is -(TOWN_ID_BASE + n): never renumber a row
    name: str
    alternates: tuple[str, ...]  # the other spellings the press uses
    lat: float
    lon: float
    cc: str
    code: str
    population: int  # order of magnitude only

    @property
    def id(self) -> int:
        return town_id(self.n)


def town_id(n: int) -> int:
    """The gazetteer id of row n of the table."""
    if not 0 < n < TOWN_ID_SPAN:
        raise ValueError(f"town row {n} is outside 1..{TOWN_ID_SPAN - 1}")
    return -(TOWN_ID_BASE + n)


def town_row(geonameid: int | None) -> int | None:
    """The table row behind a town id, None for any other id."""
    if geonameid is None:
        return None
    n = -geonameid - TOWN_ID_BASE
    return n if 0 < n < TOWN_ID_SPAN else None


def _t(
    n: int,
    name: str,
    point: tuple[float, float],
    cc: str,
    population: int,
    *,
    alts: str = "",
    code: str = "PPL",
) -> Town:
    alternates = tuple(part.strip() for part in alts.split(";") if part.strip())
    return Town(n, name, alternates, point[0], point[1], cc, code, population)


# Rows are grouped by region in blocks of a hundred, so that a region can grow without renumbering.
TOWNS: tuple[Town, ...] = (
    # the Sahel: Mali, Burkina Faso, Niger
    _t(1, "Konna", (14.945, -3.890), "ML", 35_000),
    _t(2, "Diabaly", (14.686, -6.017), "ML", 20_000),
    _t(3, "Hombori", (15.282, -1.695), "ML", 5_000),
    _t(4, "Sévaré", (14.533, -4.100), "ML", 60_000),
    _t(5, "Léré", (15.717, -4.912), "ML", 10_000),
    _t(6, "Gossi", (15.822, -1.300), "ML", 10_000),
    _t(
        7,
        "Tinzaouaten",
        (19.953, 2.953),
        "ML",
        3_000,
        alts="Tin Zaouaten; Tinzawatene; Tin-Zaouatene; Tin Zawatin",
    ),
    _t(8, "Barsalogho", (13.416, -1.058), "BF", 20_000, alts="Barsalgho"),
    _t(9, "Markoye", (14.650, 0.040), "BF", 5_000),
    _t(10, "Kantchari", (12.478, 1.512), "BF", 10_000),
    _t(11, "Assamaka", (19.355, 5.800), "NE", 1_000),
    # West and Central Africa: Nigeria, Cameroon, Chad, the Central African Republic, Côte d'Ivoire
    _t(101, "Baga", (13.113, 13.838), "NG", 10_000),
    _t(102, "Otukpo", (7.191, 8.130), "NG", 90_000),
    _t(103, "Fotokol", (12.376, 14.220), "CM", 10_000),
    _t(104, "Kolofata", (11.165, 14.012), "CM", 10_000),
    _t(105, "Waza", (11.397, 14.567), "CM", 5_000),
    _t(106, "Baga Sola", (13.530, 14.320), "TD", 15_000, alts="Bagasola"),
    _t(107, "PK5", (4.372, 18.542), "CF", 50_000, alts="PK-5; Kilometre 5; KM5; Kilometer 5", code="PPLX"),
    _t(108, "Nyanya", (9.020, 7.560), "NG", 100_000),
    _t(109, "Boy-Rabe", (4.400, 18.570), "CF", 50_000, code="PPLX"),
    _t(110, "Yopougon", (5.350, -4.080), "CI", 1_000_000, code="PPLX"),
    # Sudan (Darfur, Kordofan, Khartoum, Heglig) and South Sudan (Jonglei, Upper Nile, Unity)
    _t(201, "Heglig", (10.000, 29.400), "SD", 5_000, alts="Panthou; Hejlij"),
    _t(202, "Tawila", (13.502, 24.856), "SD", 20_000, alts="Tawilah"),
    _t(
        203,
        "Zamzam",
        (13.490, 25.290),
        "SD",
        100_000,
        alts="Zamzam camp; Zam Zam; Zam Zam camp; Zamzam displacement camp",
    ),
    _t(204, "Abu Shouk", (13.657, 25.325), "SD", 50_000, alts="Abu Shouk camp; Abu Shok; Abu Shok camp"),
    _t(
        205,
        "Haj Yousif",
        (15.630, 32.600),
        "SD",
        300_000,
        alts="Hajj Yousif; Haj Yusuf; Al-Haj Yousif",
        code="PPLX",
    ),
    _t(206, "Jebel Aulia", (15.240, 32.495), "SD", 30_000, alts="Jabal Awliya; Jebel Awlia; Jabal al-Awliya"),
    _t(207, "Pibor", (6.799, 33.129), "SS", 30_000, alts="Pibor Post"),
    _t(208, "Akobo", (7.785, 33.005), "SS", 30_000),
    _t(209, "Nasir", (8.600, 33.067), "SS", 10_000),
    _t(210, "Ayod", (8.120, 31.410), "SS", 10_000),
    _t(211, "Pochalla", (7.180, 34.095), "SS", 5_000),
    _t(212, "Mayom", (9.220, 29.170), "SS", 10_000),
    _t(213, "Rubkona", (9.263, 29.785), "SS", 30_000),
    _t(214, "Mundri", (5.390, 30.350), "SS", 10_000),
    _t(215, "Kajo Keji", (3.850, 31.660), "SS", 20_000, alts="Kajokeji"),
    _t(216, "Kalma", (12.000, 25.020), "SD", 100_000, alts="Kalma camp"),
    _t(217, "Kafouri", (15.660, 32.570), "SD", 50_000, alts="Kafuri", code="PPLX"),
    _t(218, "Shambat", (15.670, 32.520), "SD", 50_000, code="PPLX"),
    # the Horn and East Africa: Ethiopia, Eritrea, Somalia, Kenya
    _t(301, "Zalambessa", (14.522, 39.380), "ET", 10_000, alts="Zalambesa; Zalanbesa"),
    _t(302, "Hawzen", (13.980, 39.430), "ET", 10_000, alts="Hauzen; Hawzien"),
    _t(303, "Samre", (13.200, 39.210), "ET", 5_000),
    _t(304, "Senafe", (14.700, 39.420), "ER", 15_000),
    _t(305, "Barawe", (1.113, 44.030), "SO", 30_000, alts="Brava; Baraawe; Barawa"),
    _t(306, "Balad", (2.360, 45.390), "SO", 30_000, alts="Balcad"),
    _t(307, "Qardho", (9.503, 49.087), "SO", 30_000, alts="Qardo; Gardo"),
    _t(308, "Guriel", (5.310, 45.880), "SO", 30_000, alts="Guriceel; Guri El; Gur'el"),
    _t(309, "Kibera", (-1.313, 36.785), "KE", 250_000, alts="Kibra", code="PPLX"),
    _t(310, "Mathare", (-1.260, 36.858), "KE", 200_000, alts="Mathare Valley", code="PPLX"),
    _t(311, "Eastleigh", (-1.275, 36.852), "KE", 200_000, code="PPLX"),
    _t(312, "Kawangware", (-1.284, 36.747), "KE", 100_000, code="PPLX"),
    _t(313, "Kiunga", (-1.745, 41.482), "KE", 3_000),
    _t(314, "Liboi", (0.360, 40.870), "KE", 5_000),
    _t(315, "Likoni", (-4.090, 39.660), "KE", 100_000, code="PPLX"),
    _t(316, "Kisauni", (-4.030, 39.690), "KE", 100_000, code="PPLX"),
    _t(317, "Dandora", (-1.250, 36.900), "KE", 150_000, code="PPLX"),
    _t(318, "Daynile", (2.070, 45.270), "SO", 100_000, alts="Deynile", code="PPLX"),
    # the Great Lakes (DR Congo, Rwanda) and Mozambique's Cabo Delgado
    _t(401, "Bunagana", (-1.283, 29.596), "CD", 10_000),
    _t(402, "Kasindi", (0.034, 29.710), "CD", 30_000),
    _t(403, "Kiwanja", (-1.160, 29.450), "CD", 100_000),
    _t(404, "Minova", (-1.700, 29.010), "CD", 30_000),
    _t(405, "Mugunga", (-1.615, 29.160), "CD", 30_000, alts="Mugunga camp"),
    _t(406, "Kibumba", (-1.500, 29.330), "CD", 10_000),
    _t(407, "Masisi", (-1.400, 28.815), "CD", 20_000),
    _t(408, "Eringeti", (0.790, 29.630), "CD", 10_000),
    _t(409, "Komanda", (1.370, 29.770), "CD", 20_000),
    _t(410, "Kamituga", (-3.060, 28.180), "CD", 100_000),
    _t(411, "Kalehe", (-2.100, 28.910), "CD", 20_000),
    _t(412, "Kavumu", (-2.300, 28.810), "CD", 20_000),
    _t(413, "Kamanyola", (-2.760, 29.000), "CD", 30_000),
    _t(414, "Fizi", (-4.300, 28.940), "CD", 20_000),
    _t(415, "Sange", (-3.090, 29.120), "CD", 30_000),
    _t(416, "Luiza", (-7.200, 22.410), "CD", 20_000),
    _t(417, "Yumbi", (-1.880, 16.540), "CD", 10_000),
    _t(418, "Kwamouth", (-3.180, 16.190), "CD", 10_000),
    _t(419, "Walikale", (-1.420, 28.050), "CD", 20_000),
    _t(420, "Shabunda", (-2.700, 27.340), "CD", 30_000),
    _t(421, "Baraka", (-4.100, 29.090), "CD", 50_000),
    _t(422, "Irumu", (1.450, 29.870), "CD", 10_000),
    _t(423, "Mambasa", (1.360, 29.050), "CD", 20_000),
    _t(424, "Mahagi", (2.300, 30.990), "CD", 30_000),
    _t(425, "Ndjili", (-4.400, 15.370), "CD", 400_000, code="PPLX"),
    _t(426, "Kimbanseke", (-4.440, 15.400), "CD", 900_000, code="PPLX"),
    _t(427, "Ngaliema", (-4.350, 15.250), "CD", 700_000, code="PPLX"),
    _t(428, "Kibeho", (-2.640, 29.550), "RW", 5_000),
    _t(429, "Palma", (-10.776, 40.475), "MZ", 50_000),
    _t(430, "Quissanga", (-12.420, 40.490), "MZ", 5_000),
    # North Africa: Libya, Egypt, Algeria
    _t(501, "Tawergha", (32.000, 15.100), "LY", 20_000, alts="Tawurgha; Tawarga"),
    _t(502, "Ras Lanuf", (30.500, 18.550), "LY", 15_000, alts="Ras Lanouf"),
    _t(503, "Es Sider", (30.630, 18.350), "LY", 3_000, alts="Sidra; As Sidra; Es Sidra; Al-Sidra"),
    _t(504, "El Agheila", (30.270, 19.200), "LY", 3_000, alts="Uqayla; Al Uqaylah; Al-Aqeila"),
    _t(505, "Ain Zara", (32.810, 13.240), "LY", 200_000, code="PPLX"),
    _t(506, "Abu Salim", (32.860, 13.180), "LY", 200_000, alts="Abu Sleem; Abusalim", code="PPLX"),
    _t(
        507,
        "Souq al-Juma",
        (32.890, 13.240),
        "LY",
        200_000,
        alts="Souq al-Jumaa; Suq al-Juma; Souk al-Jumaa",
        code="PPLX",
    ),
    _t(
        508, "Heliopolis", (30.090, 31.320), "EG", 150_000, alts="Misr al-Gedida; Masr El Gedida", code="PPLX"
    ),
    _t(509, "Bab El Oued", (36.790, 3.050), "DZ", 70_000, alts="Bab al-Wadi", code="PPLX"),
    _t(510, "In Amenas", (28.050, 9.550), "DZ", 10_000, alts="Ain Amenas"),
    # Syria
    _t(601, "Jobar", (33.528, 36.333), "SY", 30_000, alts="Jawbar", code="PPLX"),
    _t(602, "Qaboun", (33.545, 36.330), "SY", 90_000, alts="Qabun; al-Qaboun", code="PPLX"),
    _t(603, "Barzeh", (33.557, 36.318), "SY", 50_000, alts="Barza; Barzeh al-Balad", code="PPLX"),
    _t(604, "Tadamon", (33.482, 36.307), "SY", 100_000, alts="Tadamun; al-Tadamon", code="PPLX"),
    _t(605, "Ain Tarma", (33.515, 36.352), "SY", 20_000, alts="Ein Tarma"),
    _t(606, "Zamalka", (33.525, 36.358), "SY", 40_000, alts="Zamalkah"),
    _t(607, "Baba Amr", (34.714, 36.690), "SY", 40_000, alts="Baba Amro; Bab Amr", code="PPLX"),
    _t(608, "Al-Waer", (34.737, 36.652), "SY", 100_000, alts="Waer", code="PPLX"),
    _t(
        609,
        "Sheikh Maqsoud",
        (36.228, 37.155),
        "SY",
        50_000,
        alts="Sheikh Maksoud; Sheikh Maqsud",
        code="PPLX",
    ),
    _t(610, "Masaken Hanano", (36.222, 37.185), "SY", 50_000, alts="Hanano", code="PPLX"),
    _t(611, "Bustan al-Qasr", (36.195, 37.140), "SY", 30_000, alts="Bustan al-Qaser", code="PPLX"),
    _t(612, "Baghuz", (34.460, 40.940), "SY", 10_000, alts="Baghouz; al-Baghuz; Baghuz Fawqani"),
    _t(613, "Al-Lataminah", (35.320, 36.620), "SY", 10_000, alts="Latamneh; Lataminah; Al-Latamneh"),
    _t(614, "Atmeh", (36.199, 36.679), "SY", 10_000, alts="Atma; Atmah"),
    _t(615, "Khan al-Assal", (36.170, 37.035), "SY", 5_000, alts="Khan al-Asal"),
    _t(616, "Daraa al-Balad", (32.615, 36.100), "SY", 30_000, alts="Dar'a al-Balad", code="PPLX"),
    _t(617, "Beit Jinn", (33.310, 35.880), "SY", 3_000, alts="Beit Jin"),
    _t(618, "Sarmada", (36.180, 36.720), "SY", 30_000, alts="Sarmadah"),
    _t(619, "Busra al-Harir", (32.840, 36.340), "SY", 15_000, alts="Busr al-Harir; Bosra al-Harir"),
    # Iraq
    _t(701, "Karamles", (36.300, 43.405), "IQ", 5_000, alts="Karamlesh; Karemlash; Karemles"),
    _t(702, "Bashiqa", (36.450, 43.350), "IQ", 30_000, alts="Bashiqah; Bashika"),
    _t(703, "Hammam al-Alil", (36.160, 43.260), "IQ", 40_000, alts="Hamam al-Alil"),
    _t(704, "Amerli", (34.720, 44.590), "IQ", 20_000, alts="Amirli"),
    _t(
        705,
        "Kadhimiya",
        (33.380, 44.340),
        "IQ",
        500_000,
        alts="Kadhimiyah; Kazimiyah; Kadhimiya district",
        code="PPLX",
    ),
    _t(706, "Adhamiya", (33.370, 44.360), "IQ", 300_000, alts="Adhamiyah; Azamiyah; Aadhamiya", code="PPLX"),
    _t(707, "Karrada", (33.300, 44.430), "IQ", 300_000, alts="Karada; Karradah", code="PPLX"),
    _t(708, "Ghazaliya", (33.340, 44.270), "IQ", 100_000, alts="Ghazaliyah", code="PPLX"),
    _t(709, "Saqlawiyah", (33.400, 43.700), "IQ", 30_000, alts="Saqlawiya"),
    _t(710, "Al-Karmah", (33.400, 43.910), "IQ", 30_000, alts="Garma; Karmah; al-Garma"),
    _t(711, "Gwer", (36.050, 43.480), "IQ", 10_000, alts="Gweir; Guwer"),
    _t(712, "Altun Kupri", (35.750, 44.140), "IQ", 10_000, alts="Altun Kopru; Pirde; Prde"),
    _t(713, "Salman Pak", (33.100, 44.590), "IQ", 40_000),
    # Yemen, Bahrain and Lebanon
    _t(801, "Diraz", (26.220, 50.480), "BH", 20_000, alts="Duraz; Al-Diraz"),
    _t(802, "Dar Saad", (12.880, 44.980), "YE", 100_000, code="PPLX"),
    _t(803, "Shuqra", (13.360, 45.700), "YE", 10_000, alts="Shuqrah"),
    _t(804, "Maroun al-Ras", (33.103, 35.445), "LB", 3_000, alts="Maroun el-Ras; Marun al-Ras"),
    _t(
        805,
        "Aita al-Shaab",
        (33.098, 35.340),
        "LB",
        5_000,
        alts="Ayta ash-Shaab; Aita el-Chaab; Ayta ash Shab",
    ),
    _t(806, "Odaisseh", (33.256, 35.548), "LB", 5_000, alts="Adaisseh; Odaisse; Al-Adaisseh"),
    _t(807, "Mais al-Jabal", (33.168, 35.526), "LB", 5_000, alts="Meiss el-Jabal; Meis al-Jabal"),
    _t(808, "Houla", (33.210, 35.520), "LB", 5_000, alts="Hula"),
    _t(809, "Dahiyeh", (33.852, 35.505), "LB", 500_000, alts="Dahiya; Dahiye; Dahiyah", code="PPLX"),
    _t(810, "Haret Hreik", (33.850, 35.513), "LB", 100_000, alts="Haret Hraik; Harat Hurayk", code="PPLX"),
    _t(811, "Ghobeiry", (33.866, 35.497), "LB", 80_000, alts="Ghobeire; Ghobairy", code="PPLX"),
    _t(
        812,
        "Bourj al-Barajneh",
        (33.843, 35.505),
        "LB",
        100_000,
        alts="Burj al-Barajneh; Bourj el-Barajneh; Burj el-Barajneh",
        code="PPLX",
    ),
    _t(
        813,
        "Ain el-Hilweh",
        (33.545, 35.380),
        "LB",
        80_000,
        alts="Ain al-Hilweh; Ein el-Hilweh; Ain al-Helweh; Ain el-Helweh",
    ),
    _t(814, "Nahr al-Bared", (34.507, 35.962), "LB", 30_000, alts="Nahr el-Bared"),
    _t(815, "Shatila", (33.863, 35.498), "LB", 20_000, alts="Chatila; Shatila camp", code="PPLX"),
    _t(816, "Yaroun", (33.078, 35.421), "LB", 3_000, alts="Yarun"),
    _t(817, "Rmeish", (33.080, 35.367), "LB", 8_000, alts="Rmaych; Rumaysh"),
    _t(818, "Khiam", (33.330, 35.610), "LB", 20_000, alts="El Khiam; Al-Khiam"),
    _t(819, "Shebaa", (33.350, 35.750), "LB", 10_000, alts="Chebaa; Shabaa"),
    _t(820, "Aitaroun", (33.118, 35.468), "LB", 5_000, alts="Aitarun; Ayta al-Jabal"),
    _t(821, "Tayouneh", (33.868, 35.518), "LB", 10_000, code="PPLX"),
    _t(822, "Khaldeh", (33.775, 35.480), "LB", 20_000, alts="Khalde"),
    _t(823, "Chiyah", (33.862, 35.512), "LB", 50_000, alts="Shiyah", code="PPLX"),
    _t(
        824,
        "Ain al-Remmaneh",
        (33.863, 35.522),
        "LB",
        30_000,
        alts="Ain el-Remmaneh; Ain el-Remmane",
        code="PPLX",
    ),
    _t(825, "Beddawi", (34.450, 35.860), "LB", 20_000, alts="Baddawi; Beddawi camp"),
    _t(
        826,
        "Bab al-Tabbaneh",
        (34.440, 35.840),
        "LB",
        50_000,
        alts="Bab el-Tebbaneh; Bab Tebbaneh; Bab al-Tebbaneh; Bab el-Tabbaneh",
        code="PPLX",
    ),
    _t(
        827,
        "Jabal Mohsen",
        (34.446, 35.842),
        "LB",
        40_000,
        alts="Jabal Muhsin; Jabal Mohsin; Jebel Mohsen",
        code="PPLX",
    ),
    # Israel, the West Bank, East Jerusalem and Gaza
    _t(901, "Nir Oz", (31.310, 34.403), "IL", 400),
    _t(902, "Nahal Oz", (31.473, 34.497), "IL", 500),
    _t(903, "Re'im", (31.388, 34.459), "IL", 400),
    _t(904, "Kissufim", (31.374, 34.398), "IL", 300, alts="Kisufim"),
    _t(905, "Holit", (31.231, 34.328), "IL", 200),
    _t(906, "Kerem Shalom", (31.226, 34.292), "IL", 200),
    _t(907, "Nirim", (31.335, 34.394), "IL", 400),
    _t(908, "Ein HaShlosha", (31.353, 34.402), "IL", 300),
    _t(909, "Sufa", (31.238, 34.342), "IL", 300),
    _t(910, "Alumim", (31.451, 34.517), "IL", 400),
    _t(911, "Margaliot", (33.214, 35.545), "IL", 400),
    _t(912, "Misgav Am", (33.248, 35.548), "IL", 300),
    _t(913, "Manara", (33.195, 35.542), "IL", 300),
    _t(914, "Avivim", (33.089, 35.472), "IL", 200),
    _t(915, "Shtula", (33.085, 35.314), "IL", 300),
    _t(916, "Zar'it", (33.098, 35.285), "IL", 300),
    _t(917, "Malkia", (33.098, 35.510), "IL", 400),
    _t(918, "Shilo", (32.055, 35.290), "PS", 4_000, alts="Shiloh"),
    _t(919, "Har Bracha", (32.189, 35.266), "PS", 3_000, alts="Har Brakha"),
    _t(920, "Har Homa", (31.722, 35.222), "PS", 25_000, code="PPLX"),
    _t(921, "Gilo", (31.740, 35.187), "PS", 30_000, code="PPLX"),
    _t(922, "Pisgat Ze'ev", (31.827, 35.243), "PS", 50_000, code="PPLX"),
    _t(923, "Neve Yaakov", (31.845, 35.243), "PS", 30_000, alts="Neve Yaacov", code="PPLX"),
    _t(924, "Masafer Yatta", (31.400, 35.120), "PS", 1_200, alts="Masafer Yata"),
    _t(925, "Khan al-Ahmar", (31.806, 35.344), "PS", 200),
    _t(926, "Jenin camp", (32.461, 35.289), "PS", 14_000, alts="Jenin refugee camp", code="PPLX"),
    _t(927, "Nur Shams", (32.313, 35.055), "PS", 7_000, alts="Nur Shams camp; Nour Shams"),
    _t(
        928,
        "Tulkarm camp",
        (32.315, 35.035),
        "PS",
        12_000,
        alts="Tulkarem camp; Tulkarm refugee camp",
        code="PPLX",
    ),
    _t(929, "Aqabat Jabr", (31.842, 35.440), "PS", 7_000, alts="Aqbat Jabr; Aqabat Jaber"),
    _t(930, "Deheisheh", (31.693, 35.183), "PS", 13_000, alts="Dheisheh; Dehaishe; Deheishe"),
    _t(931, "Aida camp", (31.719, 35.199), "PS", 5_000, alts="Aida refugee camp"),
    _t(932, "Sheikh Jarrah", (31.795, 35.230), "PS", 3_000, code="PPLX"),
    _t(933, "Silwan", (31.770, 35.238), "PS", 20_000, code="PPLX"),
    _t(
        934, "Issawiya", (31.800, 35.252), "PS", 20_000, alts="Isawiya; Al-Issawiya; Al-Eesawiya", code="PPLX"
    ),
    _t(
        935,
        "Jabal Mukaber",
        (31.758, 35.243),
        "PS",
        20_000,
        alts="Jabal al-Mukaber; Jabel Mukaber; Jabal al-Mukabbir",
        code="PPLX",
    ),
    _t(936, "Kafr Aqab", (31.865, 35.220), "PS", 20_000, alts="Kufr Aqab"),
    _t(937, "Al-Aroub", (31.620, 35.145), "PS", 10_000, alts="Arroub; al-Arroub; Aroub camp"),
    _t(938, "Tuqu", (31.640, 35.220), "PS", 10_000, alts="Tuqua"),
    _t(939, "Al-Walaja", (31.733, 35.165), "PS", 3_000, alts="Walaja; Al-Walajah"),
    _t(940, "At-Tuwani", (31.403, 35.137), "PS", 400, alts="Tuwani; al-Tuwani"),
    _t(
        941,
        "Shati",
        (31.531, 34.448),
        "PS",
        90_000,
        alts="Beach camp; Al-Shati; Shati camp; Al-Shati camp; Shati refugee camp",
        code="PPLX",
    ),
    _t(
        942,
        "Shujaiya",
        (31.503, 34.482),
        "PS",
        100_000,
        alts="Shejaiya; Shujaiyeh; Shejaiyeh; Shujaiyah",
        code="PPLX",
    ),
    _t(943, "Zeitoun", (31.490, 34.450), "PS", 80_000, alts="Zaytoun; Zeitun", code="PPLX"),
    _t(944, "Rimal", (31.522, 34.441), "PS", 50_000, alts="al-Rimal", code="PPLX"),
    _t(945, "Tal al-Hawa", (31.508, 34.433), "PS", 30_000, alts="Tel al-Hawa", code="PPLX"),
    _t(946, "Sheikh Radwan", (31.532, 34.463), "PS", 50_000, code="PPLX"),
    _t(947, "Mawasi", (31.360, 34.275), "PS", 5_000, alts="Al-Mawasi; Mawasi Khan Younis"),
    _t(
        948, "Tel al-Sultan", (31.290, 34.238), "PS", 30_000, alts="Tal al-Sultan; Tel as-Sultan", code="PPLX"
    ),
    _t(949, "Maghazi", (31.420, 34.380), "PS", 30_000, alts="Al-Maghazi; Maghazi camp"),
    _t(950, "Nabi Samwil", (31.833, 35.182), "PS", 300, alts="Nabi Samuel; an-Nabi Samwil"),
    # Afghanistan and Pakistan
    _t(1001, "Marjah", (31.520, 64.120), "AF", 80_000, alts="Marja"),
    _t(
        1002,
        "Dasht-e Barchi",
        (34.500, 69.100),
        "AF",
        800_000,
        alts="Dasht-i-Barchi; Dasht Barchi",
        code="PPLX",
    ),
    _t(1003, "Wazir Akbar Khan", (34.537, 69.190), "AF", 20_000, code="PPLX"),
    _t(1004, "Khair Khana", (34.585, 69.145), "AF", 300_000, alts="Khairkhana; Khair Khaneh", code="PPLX"),
    _t(1005, "Pul-e Charkhi", (34.545, 69.330), "AF", 10_000, alts="Pul-i-Charkhi; Pule Charkhi"),
    _t(1006, "Panjwai", (31.540, 65.460), "AF", 20_000, alts="Bazar-e Panjwai"),
    _t(1007, "Bagram", (34.970, 69.270), "AF", 20_000),
    _t(1008, "Mir Ali", (32.980, 70.270), "PK", 20_000, alts="Mirali"),
    _t(1009, "Razmak", (32.700, 69.830), "PK", 10_000),
    _t(1010, "Bara", (33.910, 71.460), "PK", 40_000),
    _t(1011, "Torkham", (34.100, 71.090), "PK", 5_000),
    _t(1012, "Sadda", (33.700, 70.330), "PK", 20_000),
    _t(1013, "Lyari", (24.860, 66.990), "PK", 600_000, alts="Lyari Town", code="PPLX"),
    _t(1014, "Orangi", (24.950, 66.990), "PK", 1_000_000, alts="Orangi Town", code="PPLX"),
    _t(1015, "Baldia", (24.920, 66.960), "PK", 500_000, alts="Baldia Town", code="PPLX"),
    # India (Kashmir, Delhi), Sri Lanka (the Vanni, Trincomalee) and Bangladesh
    _t(1101, "Lethpora", (33.960, 74.970), "IN", 3_000, alts="Lethipora"),
    _t(1102, "Sonamarg", (34.300, 75.290), "IN", 1_000, alts="Sonmarg"),
    _t(1103, "Dras", (34.430, 75.760), "IN", 2_000, alts="Drass"),
    _t(
        1104,
        "Puthukkudiyiruppu",
        (9.305, 80.705),
        "LK",
        20_000,
        alts="Puthukudiyiruppu; Pudukudiyiruppu; Puthukkudiyirippu",
    ),
    _t(1105, "Mankulam", (9.130, 80.450), "LK", 5_000),
    _t(1106, "Paranthan", (9.440, 80.400), "LK", 5_000),
    _t(1107, "Elephant Pass", (9.530, 80.410), "LK", 1_000),
    _t(1108, "Sampur", (8.485, 81.295), "LK", 5_000),
    _t(1109, "Muttur", (8.450, 81.270), "LK", 20_000, alts="Mutur"),
    _t(1110, "Pooneryn", (9.500, 80.210), "LK", 5_000, alts="Poonakary"),
    _t(1111, "Kutupalong", (21.210, 92.160), "BD", 100_000, alts="Kutupalong camp; Kutupalang"),
    _t(1112, "Balukhali", (21.170, 92.150), "BD", 50_000, alts="Balukhali camp"),
    _t(1113, "Bhasan Char", (22.370, 91.390), "BD", 30_000, alts="Bhashan Char; Thengar Char"),
    _t(1114, "Ukhia", (21.280, 92.100), "BD", 30_000),
    _t(1115, "Shahbag", (23.738, 90.395), "BD", 100_000, alts="Shahbagh", code="PPLX"),
    _t(1116, "Jatrabari", (23.710, 90.430), "BD", 300_000, code="PPLX"),
    _t(1117, "Uttara", (23.870, 90.400), "BD", 300_000, code="PPLX"),
    _t(1118, "Badda", (23.780, 90.430), "BD", 300_000, code="PPLX"),
    _t(1119, "Shaheen Bagh", (28.551, 77.295), "IN", 50_000, code="PPLX"),
    _t(1120, "Gulshan", (23.792, 90.414), "BD", 200_000, code="PPLX"),
    # Myanmar, southern Thailand, Mindanao
    _t(1201, "Laiza", (24.770, 97.560), "MM", 20_000),
    _t(1202, "Thaketa", (16.800, 96.200), "MM", 200_000, code="PPLX"),
    _t(1203, "North Okkalapa", (16.900, 96.170), "MM", 300_000, code="PPLX"),
    _t(1204, "South Dagon", (16.870, 96.250), "MM", 300_000, code="PPLX"),
    _t(1205, "Paletwa", (21.300, 92.850), "MM", 10_000),
    _t(1206, "Thantlang", (22.700, 93.430), "MM", 10_000),
    _t(1207, "Waingmaw", (25.350, 97.430), "MM", 20_000),
    _t(1208, "Gangaw", (22.170, 94.130), "MM", 20_000),
    _t(1209, "Mindat", (21.370, 93.970), "MM", 10_000),
    _t(1210, "Rathedaung", (20.480, 92.760), "MM", 10_000),
    _t(1211, "Maungdaw", (20.820, 92.360), "MM", 30_000, alts="Maungtaw"),
    _t(1212, "Minbya", (20.370, 93.270), "MM", 10_000),
    _t(1213, "Myebon", (20.050, 93.370), "MM", 10_000),
    _t(1214, "Krue Se", (6.866, 101.310), "TH", 2_000, alts="Kru Se; Kruesae; Krue Sae"),
    _t(1215, "Mamasapano", (6.930, 124.510), "PH", 20_000),
    _t(1216, "Matupi", (21.600, 93.440), "MM", 10_000),
    # Latin America and the Caribbean: Bolivia, Brazil, Colombia, Mexico, Haiti, Venezuela, Central America
    _t(1301, "El Alto", (-16.510, -68.185), "BO", 940_000),
    _t(1302, "Senkata", (-16.565, -68.190), "BO", 30_000, code="PPLX"),
    _t(1303, "Villa Tunari", (-16.970, -65.420), "BO", 10_000),
    _t(1304, "Plan 3000", (-17.830, -63.130), "BO", 200_000, alts="Plan Tres Mil", code="PPLX"),
    _t(
        1305,
        "Complexo do Alemão",
        (-22.860, -43.270),
        "BR",
        70_000,
        alts="Alemão complex; Alemao",
        code="PPLX",
    ),
    _t(1306, "Complexo da Maré", (-22.857, -43.243), "BR", 140_000, alts="Maré complex", code="PPLX"),
    _t(1307, "Cidade de Deus", (-22.949, -43.362), "BR", 40_000, alts="City of God", code="PPLX"),
    _t(1308, "Vila Cruzeiro", (-22.842, -43.280), "BR", 30_000, code="PPLX"),
    _t(1309, "Complexo da Penha", (-22.845, -43.285), "BR", 80_000, code="PPLX"),
    _t(1310, "Manguinhos", (-22.880, -43.250), "BR", 40_000, code="PPLX"),
    _t(1311, "Vigário Geral", (-22.810, -43.310), "BR", 40_000, code="PPLX"),
    _t(1312, "Siloé", (3.425, -76.555), "CO", 30_000, code="PPLX"),
    _t(1313, "Comuna 13", (6.255, -75.610), "CO", 130_000, alts="Comuna Trece", code="PPLX"),
    _t(1314, "Tepito", (19.446, -99.128), "MX", 30_000, alts="Barrio de Tepito", code="PPLX"),
    _t(1315, "Port-Salut", (18.083, -73.917), "HT", 17_000),
    _t(1316, "Cité Soleil", (18.580, -72.330), "HT", 250_000, alts="Site Soley"),
    _t(1317, "Martissant", (18.525, -72.360), "HT", 100_000, code="PPLX"),
    _t(1318, "Bel Air", (18.550, -72.338), "HT", 30_000, code="PPLX"),
    _t(1319, "Carrefour-Feuilles", (18.533, -72.343), "HT", 50_000, code="PPLX"),
    _t(1320, "Solino", (18.553, -72.322), "HT", 30_000, code="PPLX"),
    _t(1321, "La Saline", (18.560, -72.345), "HT", 10_000, code="PPLX"),
    _t(1322, "Village de Dieu", (18.540, -72.355), "HT", 10_000, code="PPLX"),
    _t(1323, "Pont-Sondé", (19.150, -72.610), "HT", 10_000),
    _t(1324, "Ganthier", (18.530, -72.070), "HT", 10_000),
    _t(1325, "Petite-Rivière-de-l'Artibonite", (19.130, -72.480), "HT", 20_000),
    _t(1326, "Tabarre", (18.580, -72.270), "HT", 100_000),
    _t(
        1327,
        "23 de Enero",
        (10.507, -66.928),
        "VE",
        80_000,
        alts="Veintitres de Enero; 23 de Enero parish",
        code="PPLX",
    ),
    _t(1328, "Cota 905", (10.483, -66.930), "VE", 20_000, code="PPLX"),
    _t(1329, "Monimbó", (11.960, -86.090), "NI", 30_000, code="PPLX"),
    _t(1330, "El Mozote", (13.900, -88.110), "SV", 500),
    _t(1331, "Pavuna", (-22.810, -43.360), "BR", 90_000, code="PPLX"),
    # the Caucasus: South Ossetia, Nagorno-Karabakh
    _t(1401, "Ergneti", (42.210, 43.990), "GE", 1_000),
    _t(1402, "Nikozi", (42.200, 43.950), "GE", 1_000),
    _t(1403, "Tamarasheni", (42.245, 43.960), "GE", 1_000),
    _t(1404, "Hadrut", (39.520, 47.030), "AZ", 3_000),
    _t(1405, "Martakert", (40.210, 46.810), "AZ", 4_000, alts="Aghdara; Agdere; Aghdere"),
    # the Balkans: Kosovo, Bosnia, North Macedonia
    _t(1501, "Račak", (42.430, 21.020), "XK", 1_000, alts="Reçak"),
    _t(1502, "Prekaz", (42.765, 20.815), "XK", 2_000, alts="Prekaz i Poshtëm; Donji Prekaz"),
    _t(1503, "Krusha e Madhe", (42.330, 20.650), "XK", 5_000, alts="Velika Kruša; Krushë e Madhe"),
    _t(1504, "Banjska", (42.980, 20.770), "XK", 1_000, alts="Banjskë"),
    _t(1505, "Potočari", (44.162, 19.293), "BA", 1_000),
    _t(1506, "Žepa", (43.952, 19.131), "BA", 500),
    _t(1507, "Ahmići", (44.136, 17.840), "BA", 500),
    _t(1508, "Kozarac", (44.980, 16.840), "BA", 5_000),
    _t(1509, "Dobrinja", (43.830, 18.360), "BA", 30_000, code="PPLX"),
    _t(1510, "Grbavica", (43.850, 18.395), "BA", 20_000, code="PPLX"),
    _t(1511, "Tanuševci", (42.235, 21.400), "MK", 500),
    # the Korean demilitarised zone and the Northern Limit Line
    _t(
        1601,
        "Yeonpyeong",
        (37.667, 125.700),
        "KR",
        2_000,
        alts="Yeonpyeong Island; Yeonpyeongdo; Yeonpyeong-do; Yonpyong",
    ),
    _t(1602, "Panmunjom", (37.956, 126.677), "KR", 100, alts="Panmunjeom"),
    _t(1603, "Daeseong-dong", (37.941, 126.678), "KR", 200, alts="Daeseongdong"),
    _t(1604, "Kijong-dong", (37.950, 126.640), "KP", 200, alts="Kijongdong"),
    # districts of European cities named in riots and unrest
    _t(1701, "Husby", (59.411, 17.926), "SE", 12_000, code="PPLX"),
    _t(1702, "Rosengård", (55.586, 13.036), "SE", 24_000, code="PPLX"),
    _t(1703, "Skärholmen", (59.277, 17.907), "SE", 10_000, code="PPLX"),
    _t(1704, "Moss Side", (53.458, -2.241), "GB", 20_000, code="PPLX"),
    _t(1705, "Ardoyne", (54.615, -5.953), "GB", 10_000, code="PPLX"),
    _t(1706, "Shankill", (54.604, -5.948), "GB", 10_000, alts="Shankill Road", code="PPLX"),
    _t(1707, "Ballymurphy", (54.590, -5.985), "GB", 5_000, code="PPLX"),
    _t(1708, "Short Strand", (54.597, -5.912), "GB", 3_000, code="PPLX"),
    _t(1709, "Bogside", (54.997, -7.329), "GB", 8_000, code="PPLX"),
    _t(1710, "Creggan", (55.002, -7.341), "GB", 8_000, code="PPLX"),
    _t(1711, "Handsworth", (52.500, -1.930), "GB", 30_000, code="PPLX"),
    _t(1712, "Broadwater Farm", (51.600, -0.085), "GB", 3_000, alts="Broadwater Farm estate", code="PPLX"),
    _t(1713, "Exarchia", (37.986, 23.734), "GR", 20_000, alts="Exarcheia; Exarheia", code="PPLX"),
    _t(1714, "Schilderswijk", (52.068, 4.300), "NL", 30_000, code="PPLX"),
    _t(1715, "Connewitz", (51.308, 12.381), "DE", 20_000, code="PPLX"),
    _t(1716, "Le Mirail", (43.570, 1.400), "FR", 30_000, alts="Mirail", code="PPLX"),
    _t(1717, "La Grande Borne", (48.645, 2.390), "FR", 10_000, alts="Grande Borne", code="PPLX"),
    _t(1718, "Lozells", (52.503, -1.905), "GB", 20_000, code="PPLX"),
    _t(1719, "Harehills", (53.810, -1.510), "GB", 20_000, code="PPLX"),
    _t(1720, "Andersonstown", (54.575, -5.980), "GB", 10_000, code="PPLX"),
    _t(1721, "Drumcree", (54.432, -6.458), "GB", 1_000),
    _t(1722, "Goutte d'Or", (48.886, 2.354), "FR", 20_000, alts="La Goutte-d'Or", code="PPLX"),
    _t(1723, "Nørrebro", (55.695, 12.545), "DK", 80_000, code="PPLX"),
)


def town_keys(town: Town) -> dict[str, int]:
    """Every key the entry is found by, with its kind: its name (main), its alternates (official
    spellings), and, in countries whose names the press writes in Arabic romanisations, each of them
    without the article or a final "h" as cities500's places are (`name_index.press_spellings`)."""
    keys = {latin_key(alt): KIND_OFFICIAL for alt in town.alternates}
    keys[latin_key(town.name)] = KIND_MAIN
    if town.cc in ARABIC_NAMES:
        for spelling in {spelling for key in list(keys) for spelling in press_spellings(key)}:
            keys.setdefault(spelling, KIND_ALTERNATE)
    keys.pop("", None)
    return keys


def add_towns(places: dict[int, SourcePlace], names: NameTable, grid: NearestPlaceGrid | None = None) -> int:
    """Add the table's places as populated places (class P, the admin1 area of the nearest cities500
    place of their country) with their names; the number added."""
    grid = grid or NearestPlaceGrid.of(places)
    for town in TOWNS:
        place = grid.site(town.id, town.name, (town.lat, town.lon), town.cc, "P", town.code)
        place.population = town.population
        places[town.id] = place
        for key, kind in town_keys(town).items():
            names.add(key, town.id, kind)
    return len(TOWNS)


def table_version() -> str:
    """A short digest of the table: part of the index's source version, so that an edited row rebuilds it."""
    text = "\n".join(repr(town) for town in TOWNS)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
