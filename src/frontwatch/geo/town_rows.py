"""The rows of our table of towns cities500 lacks (`geo/towns.py`): what a row is, its fixed id, and the rows
of Africa and the Middle East (those of Asia, the Americas and Europe are in `geo/town_rows_more.py`)."""

from __future__ import annotations

from dataclasses import dataclass

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


def town(
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
AFRICA_AND_MIDDLE_EAST: tuple[Town, ...] = (
    # the Sahel: Mali, Burkina Faso, Niger
    town(1, "Konna", (14.945, -3.890), "ML", 35_000),
    town(2, "Diabaly", (14.686, -6.017), "ML", 20_000),
    town(3, "Hombori", (15.282, -1.695), "ML", 5_000),
    town(4, "Sévaré", (14.533, -4.100), "ML", 60_000),
    town(5, "Léré", (15.717, -4.912), "ML", 10_000),
    town(6, "Gossi", (15.822, -1.300), "ML", 10_000),
    town(
        7,
        "Tinzaouaten",
        (19.953, 2.953),
        "ML",
        3_000,
        alts="Tin Zaouaten; Tinzawatene; Tin-Zaouatene; Tin Zawatin",
    ),
    town(8, "Barsalogho", (13.416, -1.058), "BF", 20_000, alts="Barsalgho"),
    town(9, "Markoye", (14.650, 0.040), "BF", 5_000),
    town(10, "Kantchari", (12.478, 1.512), "BF", 10_000),
    town(11, "Assamaka", (19.355, 5.800), "NE", 1_000),
    # West and Central Africa: Nigeria, Cameroon, Chad, the Central African Republic, Côte d'Ivoire
    town(101, "Baga", (13.113, 13.838), "NG", 10_000),
    town(102, "Otukpo", (7.191, 8.130), "NG", 90_000),
    town(103, "Fotokol", (12.376, 14.220), "CM", 10_000),
    town(104, "Kolofata", (11.165, 14.012), "CM", 10_000),
    town(105, "Waza", (11.397, 14.567), "CM", 5_000),
    town(106, "Baga Sola", (13.530, 14.320), "TD", 15_000, alts="Bagasola"),
    town(107, "PK5", (4.372, 18.542), "CF", 50_000, alts="PK-5; Kilometre 5; KM5; Kilometer 5", code="PPLX"),
    town(108, "Nyanya", (9.020, 7.560), "NG", 100_000),
    town(109, "Boy-Rabe", (4.400, 18.570), "CF", 50_000, code="PPLX"),
    town(110, "Yopougon", (5.350, -4.080), "CI", 1_000_000, code="PPLX"),
    # Sudan (Darfur, Kordofan, Khartoum, Heglig) and South Sudan (Jonglei, Upper Nile, Unity)
    town(201, "Heglig", (10.000, 29.400), "SD", 5_000, alts="Panthou; Hejlij"),
    town(202, "Tawila", (13.502, 24.856), "SD", 20_000, alts="Tawilah"),
    town(
        203,
        "Zamzam",
        (13.490, 25.290),
        "SD",
        100_000,
        alts="Zamzam camp; Zam Zam; Zam Zam camp; Zamzam displacement camp",
    ),
    town(204, "Abu Shouk", (13.657, 25.325), "SD", 50_000, alts="Abu Shouk camp; Abu Shok; Abu Shok camp"),
    town(
        205,
        "Haj Yousif",
        (15.630, 32.600),
        "SD",
        300_000,
        alts="Hajj Yousif; Haj Yusuf; Al-Haj Yousif",
        code="PPLX",
    ),
    town(
        206, "Jebel Aulia", (15.240, 32.495), "SD", 30_000, alts="Jabal Awliya; Jebel Awlia; Jabal al-Awliya"
    ),
    town(207, "Pibor", (6.799, 33.129), "SS", 30_000, alts="Pibor Post"),
    town(208, "Akobo", (7.785, 33.005), "SS", 30_000),
    town(209, "Nasir", (8.600, 33.067), "SS", 10_000),
    town(210, "Ayod", (8.120, 31.410), "SS", 10_000),
    town(211, "Pochalla", (7.180, 34.095), "SS", 5_000),
    town(212, "Mayom", (9.220, 29.170), "SS", 10_000),
    town(213, "Rubkona", (9.263, 29.785), "SS", 30_000),
    town(214, "Mundri", (5.390, 30.350), "SS", 10_000),
    town(215, "Kajo Keji", (3.850, 31.660), "SS", 20_000, alts="Kajokeji"),
    town(216, "Kalma", (12.000, 25.020), "SD", 100_000, alts="Kalma camp"),
    town(217, "Kafouri", (15.660, 32.570), "SD", 50_000, alts="Kafuri", code="PPLX"),
    town(218, "Shambat", (15.670, 32.520), "SD", 50_000, code="PPLX"),
    # the Horn and East Africa: Ethiopia, Eritrea, Somalia, Kenya
    town(301, "Zalambessa", (14.522, 39.380), "ET", 10_000, alts="Zalambesa; Zalanbesa"),
    town(302, "Hawzen", (13.980, 39.430), "ET", 10_000, alts="Hauzen; Hawzien"),
    town(303, "Samre", (13.200, 39.210), "ET", 5_000),
    town(304, "Senafe", (14.700, 39.420), "ER", 15_000),
    town(305, "Barawe", (1.113, 44.030), "SO", 30_000, alts="Brava; Baraawe; Barawa"),
    town(306, "Balad", (2.360, 45.390), "SO", 30_000, alts="Balcad"),
    town(307, "Qardho", (9.503, 49.087), "SO", 30_000, alts="Qardo; Gardo"),
    town(308, "Guriel", (5.310, 45.880), "SO", 30_000, alts="Guriceel; Guri El; Gur'el"),
    town(309, "Kibera", (-1.313, 36.785), "KE", 250_000, alts="Kibra", code="PPLX"),
    town(310, "Mathare", (-1.260, 36.858), "KE", 200_000, alts="Mathare Valley", code="PPLX"),
    town(311, "Eastleigh", (-1.275, 36.852), "KE", 200_000, code="PPLX"),
    town(312, "Kawangware", (-1.284, 36.747), "KE", 100_000, code="PPLX"),
    town(313, "Kiunga", (-1.745, 41.482), "KE", 3_000),
    town(314, "Liboi", (0.360, 40.870), "KE", 5_000),
    town(315, "Likoni", (-4.090, 39.660), "KE", 100_000, code="PPLX"),
    town(316, "Kisauni", (-4.030, 39.690), "KE", 100_000, code="PPLX"),
    town(317, "Dandora", (-1.250, 36.900), "KE", 150_000, code="PPLX"),
    town(318, "Daynile", (2.070, 45.270), "SO", 100_000, alts="Deynile", code="PPLX"),
    # the Great Lakes (DR Congo, Rwanda) and Mozambique's Cabo Delgado
    town(401, "Bunagana", (-1.283, 29.596), "CD", 10_000),
    town(402, "Kasindi", (0.034, 29.710), "CD", 30_000),
    town(403, "Kiwanja", (-1.160, 29.450), "CD", 100_000),
    town(404, "Minova", (-1.700, 29.010), "CD", 30_000),
    town(405, "Mugunga", (-1.615, 29.160), "CD", 30_000, alts="Mugunga camp"),
    town(406, "Kibumba", (-1.500, 29.330), "CD", 10_000),
    town(407, "Masisi", (-1.400, 28.815), "CD", 20_000),
    town(408, "Eringeti", (0.790, 29.630), "CD", 10_000),
    town(409, "Komanda", (1.370, 29.770), "CD", 20_000),
    town(410, "Kamituga", (-3.060, 28.180), "CD", 100_000),
    town(411, "Kalehe", (-2.100, 28.910), "CD", 20_000),
    town(412, "Kavumu", (-2.300, 28.810), "CD", 20_000),
    town(413, "Kamanyola", (-2.760, 29.000), "CD", 30_000),
    town(414, "Fizi", (-4.300, 28.940), "CD", 20_000),
    town(415, "Sange", (-3.090, 29.120), "CD", 30_000),
    town(416, "Luiza", (-7.200, 22.410), "CD", 20_000),
    town(417, "Yumbi", (-1.880, 16.540), "CD", 10_000),
    town(418, "Kwamouth", (-3.180, 16.190), "CD", 10_000),
    town(419, "Walikale", (-1.420, 28.050), "CD", 20_000),
    town(420, "Shabunda", (-2.700, 27.340), "CD", 30_000),
    town(421, "Baraka", (-4.100, 29.090), "CD", 50_000),
    town(422, "Irumu", (1.450, 29.870), "CD", 10_000),
    town(423, "Mambasa", (1.360, 29.050), "CD", 20_000),
    town(424, "Mahagi", (2.300, 30.990), "CD", 30_000),
    town(425, "Ndjili", (-4.400, 15.370), "CD", 400_000, code="PPLX"),
    town(426, "Kimbanseke", (-4.440, 15.400), "CD", 900_000, code="PPLX"),
    town(427, "Ngaliema", (-4.350, 15.250), "CD", 700_000, code="PPLX"),
    town(428, "Kibeho", (-2.640, 29.550), "RW", 5_000),
    town(429, "Palma", (-10.776, 40.475), "MZ", 50_000),
    town(430, "Quissanga", (-12.420, 40.490), "MZ", 5_000),
    # North Africa: Libya, Egypt, Algeria
    town(501, "Tawergha", (32.000, 15.100), "LY", 20_000, alts="Tawurgha; Tawarga"),
    town(502, "Ras Lanuf", (30.500, 18.550), "LY", 15_000, alts="Ras Lanouf"),
    town(503, "Es Sider", (30.630, 18.350), "LY", 3_000, alts="Sidra; As Sidra; Es Sidra; Al-Sidra"),
    town(504, "El Agheila", (30.270, 19.200), "LY", 3_000, alts="Uqayla; Al Uqaylah; Al-Aqeila"),
    town(505, "Ain Zara", (32.810, 13.240), "LY", 200_000, code="PPLX"),
    town(506, "Abu Salim", (32.860, 13.180), "LY", 200_000, alts="Abu Sleem; Abusalim", code="PPLX"),
    town(
        507,
        "Souq al-Juma",
        (32.890, 13.240),
        "LY",
        200_000,
        alts="Souq al-Jumaa; Suq al-Juma; Souk al-Jumaa",
        code="PPLX",
    ),
    town(
        508, "Heliopolis", (30.090, 31.320), "EG", 150_000, alts="Misr al-Gedida; Masr El Gedida", code="PPLX"
    ),
    town(509, "Bab El Oued", (36.790, 3.050), "DZ", 70_000, alts="Bab al-Wadi", code="PPLX"),
    town(510, "In Amenas", (28.050, 9.550), "DZ", 10_000, alts="Ain Amenas"),
    # Syria
    town(601, "Jobar", (33.528, 36.333), "SY", 30_000, alts="Jawbar", code="PPLX"),
    town(602, "Qaboun", (33.545, 36.330), "SY", 90_000, alts="Qabun; al-Qaboun", code="PPLX"),
    town(603, "Barzeh", (33.557, 36.318), "SY", 50_000, alts="Barza; Barzeh al-Balad", code="PPLX"),
    town(604, "Tadamon", (33.482, 36.307), "SY", 100_000, alts="Tadamun; al-Tadamon", code="PPLX"),
    town(605, "Ain Tarma", (33.515, 36.352), "SY", 20_000, alts="Ein Tarma"),
    town(606, "Zamalka", (33.525, 36.358), "SY", 40_000, alts="Zamalkah"),
    town(607, "Baba Amr", (34.714, 36.690), "SY", 40_000, alts="Baba Amro; Bab Amr", code="PPLX"),
    town(608, "Al-Waer", (34.737, 36.652), "SY", 100_000, alts="Waer", code="PPLX"),
    town(
        609,
        "Sheikh Maqsoud",
        (36.228, 37.155),
        "SY",
        50_000,
        alts="Sheikh Maksoud; Sheikh Maqsud",
        code="PPLX",
    ),
    town(610, "Masaken Hanano", (36.222, 37.185), "SY", 50_000, alts="Hanano", code="PPLX"),
    town(611, "Bustan al-Qasr", (36.195, 37.140), "SY", 30_000, alts="Bustan al-Qaser", code="PPLX"),
    town(612, "Baghuz", (34.460, 40.940), "SY", 10_000, alts="Baghouz; al-Baghuz; Baghuz Fawqani"),
    town(613, "Al-Lataminah", (35.320, 36.620), "SY", 10_000, alts="Latamneh; Lataminah; Al-Latamneh"),
    town(614, "Atmeh", (36.199, 36.679), "SY", 10_000, alts="Atma; Atmah"),
    town(615, "Khan al-Assal", (36.170, 37.035), "SY", 5_000, alts="Khan al-Asal"),
    town(616, "Daraa al-Balad", (32.615, 36.100), "SY", 30_000, alts="Dar'a al-Balad", code="PPLX"),
    town(617, "Beit Jinn", (33.310, 35.880), "SY", 3_000, alts="Beit Jin"),
    town(618, "Sarmada", (36.180, 36.720), "SY", 30_000, alts="Sarmadah"),
    town(619, "Busra al-Harir", (32.840, 36.340), "SY", 15_000, alts="Busr al-Harir; Bosra al-Harir"),
    # Iraq
    town(701, "Karamles", (36.300, 43.405), "IQ", 5_000, alts="Karamlesh; Karemlash; Karemles"),
    town(702, "Bashiqa", (36.450, 43.350), "IQ", 30_000, alts="Bashiqah; Bashika"),
    town(703, "Hammam al-Alil", (36.160, 43.260), "IQ", 40_000, alts="Hamam al-Alil"),
    town(704, "Amerli", (34.720, 44.590), "IQ", 20_000, alts="Amirli"),
    town(
        705,
        "Kadhimiya",
        (33.380, 44.340),
        "IQ",
        500_000,
        alts="Kadhimiyah; Kazimiyah; Kadhimiya district",
        code="PPLX",
    ),
    town(
        706, "Adhamiya", (33.370, 44.360), "IQ", 300_000, alts="Adhamiyah; Azamiyah; Aadhamiya", code="PPLX"
    ),
    town(707, "Karrada", (33.300, 44.430), "IQ", 300_000, alts="Karada; Karradah", code="PPLX"),
    town(708, "Ghazaliya", (33.340, 44.270), "IQ", 100_000, alts="Ghazaliyah", code="PPLX"),
    town(709, "Saqlawiyah", (33.400, 43.700), "IQ", 30_000, alts="Saqlawiya"),
    town(710, "Al-Karmah", (33.400, 43.910), "IQ", 30_000, alts="Garma; Karmah; al-Garma"),
    town(711, "Gwer", (36.050, 43.480), "IQ", 10_000, alts="Gweir; Guwer"),
    town(712, "Altun Kupri", (35.750, 44.140), "IQ", 10_000, alts="Altun Kopru; Pirde; Prde"),
    town(713, "Salman Pak", (33.100, 44.590), "IQ", 40_000),
    # Yemen, Bahrain and Lebanon
    town(801, "Diraz", (26.220, 50.480), "BH", 20_000, alts="Duraz; Al-Diraz"),
    town(802, "Dar Saad", (12.880, 44.980), "YE", 100_000, code="PPLX"),
    town(803, "Shuqra", (13.360, 45.700), "YE", 10_000, alts="Shuqrah"),
    town(804, "Maroun al-Ras", (33.103, 35.445), "LB", 3_000, alts="Maroun el-Ras; Marun al-Ras"),
    town(
        805,
        "Aita al-Shaab",
        (33.098, 35.340),
        "LB",
        5_000,
        alts="Ayta ash-Shaab; Aita el-Chaab; Ayta ash Shab",
    ),
    town(806, "Odaisseh", (33.256, 35.548), "LB", 5_000, alts="Adaisseh; Odaisse; Al-Adaisseh"),
    town(807, "Mais al-Jabal", (33.168, 35.526), "LB", 5_000, alts="Meiss el-Jabal; Meis al-Jabal"),
    town(808, "Houla", (33.210, 35.520), "LB", 5_000, alts="Hula"),
    town(809, "Dahiyeh", (33.852, 35.505), "LB", 500_000, alts="Dahiya; Dahiye; Dahiyah", code="PPLX"),
    town(810, "Haret Hreik", (33.850, 35.513), "LB", 100_000, alts="Haret Hraik; Harat Hurayk", code="PPLX"),
    town(811, "Ghobeiry", (33.866, 35.497), "LB", 80_000, alts="Ghobeire; Ghobairy", code="PPLX"),
    town(
        812,
        "Bourj al-Barajneh",
        (33.843, 35.505),
        "LB",
        100_000,
        alts="Burj al-Barajneh; Bourj el-Barajneh; Burj el-Barajneh",
        code="PPLX",
    ),
    town(
        813,
        "Ain el-Hilweh",
        (33.545, 35.380),
        "LB",
        80_000,
        alts="Ain al-Hilweh; Ein el-Hilweh; Ain al-Helweh; Ain el-Helweh",
    ),
    town(814, "Nahr al-Bared", (34.507, 35.962), "LB", 30_000, alts="Nahr el-Bared"),
    town(815, "Shatila", (33.863, 35.498), "LB", 20_000, alts="Chatila; Shatila camp", code="PPLX"),
    town(816, "Yaroun", (33.078, 35.421), "LB", 3_000, alts="Yarun"),
    town(817, "Rmeish", (33.080, 35.367), "LB", 8_000, alts="Rmaych; Rumaysh"),
    town(818, "Khiam", (33.330, 35.610), "LB", 20_000, alts="El Khiam; Al-Khiam"),
    town(819, "Shebaa", (33.350, 35.750), "LB", 10_000, alts="Chebaa; Shabaa"),
    town(820, "Aitaroun", (33.118, 35.468), "LB", 5_000, alts="Aitarun; Ayta al-Jabal"),
    town(821, "Tayouneh", (33.868, 35.518), "LB", 10_000, code="PPLX"),
    town(822, "Khaldeh", (33.775, 35.480), "LB", 20_000, alts="Khalde"),
    town(823, "Chiyah", (33.862, 35.512), "LB", 50_000, alts="Shiyah", code="PPLX"),
    town(
        824,
        "Ain al-Remmaneh",
        (33.863, 35.522),
        "LB",
        30_000,
        alts="Ain el-Remmaneh; Ain el-Remmane",
        code="PPLX",
    ),
    town(825, "Beddawi", (34.450, 35.860), "LB", 20_000, alts="Baddawi; Beddawi camp"),
    town(
        826,
        "Bab al-Tabbaneh",
        (34.440, 35.840),
        "LB",
        50_000,
        alts="Bab el-Tebbaneh; Bab Tebbaneh; Bab al-Tebbaneh; Bab el-Tabbaneh",
        code="PPLX",
    ),
    town(
        827,
        "Jabal Mohsen",
        (34.446, 35.842),
        "LB",
        40_000,
        alts="Jabal Muhsin; Jabal Mohsin; Jebel Mohsen",
        code="PPLX",
    ),
    # Israel, the West Bank, East Jerusalem and Gaza
    town(901, "Nir Oz", (31.310, 34.403), "IL", 400),
    town(902, "Nahal Oz", (31.473, 34.497), "IL", 500),
    town(903, "Re'im", (31.388, 34.459), "IL", 400),
    town(904, "Kissufim", (31.374, 34.398), "IL", 300, alts="Kisufim"),
    town(905, "Holit", (31.231, 34.328), "IL", 200),
    town(906, "Kerem Shalom", (31.226, 34.292), "IL", 200),
    town(907, "Nirim", (31.335, 34.394), "IL", 400),
    town(908, "Ein HaShlosha", (31.353, 34.402), "IL", 300),
    town(909, "Sufa", (31.238, 34.342), "IL", 300),
    town(910, "Alumim", (31.451, 34.517), "IL", 400),
    town(911, "Margaliot", (33.214, 35.545), "IL", 400),
    town(912, "Misgav Am", (33.248, 35.548), "IL", 300),
    town(913, "Manara", (33.195, 35.542), "IL", 300),
    town(914, "Avivim", (33.089, 35.472), "IL", 200),
    town(915, "Shtula", (33.085, 35.314), "IL", 300),
    town(916, "Zar'it", (33.098, 35.285), "IL", 300),
    town(917, "Malkia", (33.098, 35.510), "IL", 400),
    town(918, "Shilo", (32.055, 35.290), "PS", 4_000, alts="Shiloh"),
    town(919, "Har Bracha", (32.189, 35.266), "PS", 3_000, alts="Har Brakha"),
    town(920, "Har Homa", (31.722, 35.222), "PS", 25_000, code="PPLX"),
    town(921, "Gilo", (31.740, 35.187), "PS", 30_000, code="PPLX"),
    town(922, "Pisgat Ze'ev", (31.827, 35.243), "PS", 50_000, code="PPLX"),
    town(923, "Neve Yaakov", (31.845, 35.243), "PS", 30_000, alts="Neve Yaacov", code="PPLX"),
    town(924, "Masafer Yatta", (31.400, 35.120), "PS", 1_200, alts="Masafer Yata"),
    town(925, "Khan al-Ahmar", (31.806, 35.344), "PS", 200),
    town(926, "Jenin camp", (32.461, 35.289), "PS", 14_000, alts="Jenin refugee camp", code="PPLX"),
    town(927, "Nur Shams", (32.313, 35.055), "PS", 7_000, alts="Nur Shams camp; Nour Shams"),
    town(
        928,
        "Tulkarm camp",
        (32.315, 35.035),
        "PS",
        12_000,
        alts="Tulkarem camp; Tulkarm refugee camp",
        code="PPLX",
    ),
    town(929, "Aqabat Jabr", (31.842, 35.440), "PS", 7_000, alts="Aqbat Jabr; Aqabat Jaber"),
    town(930, "Deheisheh", (31.693, 35.183), "PS", 13_000, alts="Dheisheh; Dehaishe; Deheishe"),
    town(931, "Aida camp", (31.719, 35.199), "PS", 5_000, alts="Aida refugee camp"),
    town(932, "Sheikh Jarrah", (31.795, 35.230), "PS", 3_000, code="PPLX"),
    town(933, "Silwan", (31.770, 35.238), "PS", 20_000, code="PPLX"),
    town(
        934, "Issawiya", (31.800, 35.252), "PS", 20_000, alts="Isawiya; Al-Issawiya; Al-Eesawiya", code="PPLX"
    ),
    town(
        935,
        "Jabal Mukaber",
        (31.758, 35.243),
        "PS",
        20_000,
        alts="Jabal al-Mukaber; Jabel Mukaber; Jabal al-Mukabbir",
        code="PPLX",
    ),
    town(936, "Kafr Aqab", (31.865, 35.220), "PS", 20_000, alts="Kufr Aqab"),
    town(937, "Al-Aroub", (31.620, 35.145), "PS", 10_000, alts="Arroub; al-Arroub; Aroub camp"),
    town(938, "Tuqu", (31.640, 35.220), "PS", 10_000, alts="Tuqua"),
    town(939, "Al-Walaja", (31.733, 35.165), "PS", 3_000, alts="Walaja; Al-Walajah"),
    town(940, "At-Tuwani", (31.403, 35.137), "PS", 400, alts="Tuwani; al-Tuwani"),
    town(
        941,
        "Shati",
        (31.531, 34.448),
        "PS",
        90_000,
        alts="Beach camp; Al-Shati; Shati camp; Al-Shati camp; Shati refugee camp",
        code="PPLX",
    ),
    town(
        942,
        "Shujaiya",
        (31.503, 34.482),
        "PS",
        100_000,
        alts="Shejaiya; Shujaiyeh; Shejaiyeh; Shujaiyah",
        code="PPLX",
    ),
    town(943, "Zeitoun", (31.490, 34.450), "PS", 80_000, alts="Zaytoun; Zeitun", code="PPLX"),
    town(944, "Rimal", (31.522, 34.441), "PS", 50_000, alts="al-Rimal", code="PPLX"),
    town(945, "Tal al-Hawa", (31.508, 34.433), "PS", 30_000, alts="Tel al-Hawa", code="PPLX"),
    town(946, "Sheikh Radwan", (31.532, 34.463), "PS", 50_000, code="PPLX"),
    town(947, "Mawasi", (31.360, 34.275), "PS", 5_000, alts="Al-Mawasi; Mawasi Khan Younis"),
    town(
        948, "Tel al-Sultan", (31.290, 34.238), "PS", 30_000, alts="Tal al-Sultan; Tel as-Sultan", code="PPLX"
    ),
    town(949, "Maghazi", (31.420, 34.380), "PS", 30_000, alts="Al-Maghazi; Maghazi camp"),
    town(950, "Nabi Samwil", (31.833, 35.182), "PS", 300, alts="Nabi Samuel; an-Nabi Samwil"),
)

__all__ = [
    "AFRICA_AND_MIDDLE_EAST",
    "TOWN_CODES",
    "TOWN_ID_BASE",
    "TOWN_ID_SPAN",
    "Town",
    "town",
    "town_id",
    "town_row",
]
