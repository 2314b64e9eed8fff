package nl.pmg.planner.curation;

import java.util.List;
import java.util.Map;

/**
 * Our mapping of the 20 NPLV focus areas to KWB 2024 wijken, by name where the names correspond. No official
 * wijk or buurt list of the focus areas was available, so every mapping here is marked derived and says why.
 * Three kinds of reasoning:
 * <ul>
 *   <li><b>name</b>: the focus area names wijken that exist under (nearly) that name;</li>
 *   <li><b>district</b>: the focus area is named after a city district, and CBS groups that district's wijken
 *       under one code prefix or one word in the name (Amsterdam's stadsdeel letters, Eindhoven's stadsdeel digit);</li>
 *   <li><b>unmapped</b>: no wijk or group of wijken carries the name, and we will not guess a perimeter.</li>
 * </ul>
 * Keys are the focus-area names of {@code programme/nplv_focus_areas.csv}; values list wijk names exactly as in
 * {@code kwb2024_wijk.csv} (Amsterdam by code prefix, see {@link #CODE_PREFIX}).
 */
final class FocusAreaWijken {

    /** How one focus area maps: wijk names (or none) and the reasoning shown with the mapping, in English and Dutch. */
    record Mapping(List<String> wijkNames, String reason) {

        String reasonNl(String focusArea) {
            return REASONS_NL.get(focusArea);
        }
    }

    /** Amsterdam's CBS wijk codes carry the stadsdeel as a letter: F = Nieuw-West, T = Zuidoost. */
    static final Map<String, String> CODE_PREFIX = Map.of(
            "Amsterdam Zuidoost", "WK0363T",
            "Amsterdam Nieuw-West", "WK0363F");

    static final Map<String, Mapping> MAPPINGS = Map.ofEntries(
            Map.entry("Amsterdam Zuidoost", new Mapping(List.of(),
                    "district: every wijk of stadsdeel Zuidoost (CBS codes WK0363T.; Driemond, now in stadsdeel Weesp, not)")),
            Map.entry("Amsterdam Nieuw-West", new Mapping(List.of(),
                    "district: every wijk of stadsdeel Nieuw-West (CBS codes WK0363F.)")),
            Map.entry("Leeuwarden-Oost (Heechterp-Schieringen)", new Mapping(List.of("Heechterp & Schieringen"),
                    "name: the wijk named in brackets (KWB writes '&' for the hyphen)")),
            Map.entry("Groningen-Noord", new Mapping(List.of("Oud-Noord", "Noordwest", "Noordoost"),
                    "district: the three wijken whose names place them in the north of the city (Oud-Noord: De Hoogte, "
                            + "Indische buurt; Noordwest: Paddepoel, Selwerd; Noordoost: Beijum, De Hunze)")),
            Map.entry("Arnhem-Oost", new Mapping(List.of("Spijkerkwartier", "Arnhemse Broek", "Presikhaaf-West",
                    "Presikhaaf-Oost", "St. Marten/Sonsbeek", "Klarendal", "Velperweg e.o."),
                    "district: CBS wijken 02-08 of Arnhem, the district east of the centre and north of the Rijn "
                            + "(Malburgen-Oost lies south of the river and is not 'Oost')")),
            Map.entry("Heerlen-Noord", new Mapping(List.of("Wijk 10 Maria Gewanden en Terschuren", "Wijk 11 Mariarade",
                    "Wijk 12 Hoensbroek-De Dem", "Wijk 13 Nieuw Lotbroek", "Wijk 14 De Koumen", "Wijk 20 Vrieheide-De Stack",
                    "Wijk 21 Heerlerheide-Passart", "Wijk 22 Heksenberg", "Wijk 23 De Hei", "Wijk 24 Rennemig-Beersdal"),
                    "district: CBS numbers Heerlen's wijken by district; 1x (Hoensbroek) and 2x (Heerlerheide) form Heerlen-Noord")),
            Map.entry("Breda-Noord", new Mapping(List.of("Breda noord"), "name: the wijk 'Breda noord' (not 'noord-west')")),
            Map.entry("Woensel-Zuid", new Mapping(List.of("Oud-Woensel", "Erp", "Begijnenbroek"),
                    "district: CBS numbers Eindhoven's wijken by stadsdeel; 4x is Woensel-Zuid (41-43)")),
            Map.entry("Tilburg-Noordwest", new Mapping(List.of(),
                    "unmapped: no Tilburg wijk or group of wijken is named Noordwest in KWB 2024")),
            Map.entry("Nieuwland-Oost", new Mapping(List.of("Wijk 06 Nieuwland", "Wijk 01 Oost"),
                    "name: the two wijken the name joins")),
            Map.entry("Rotterdam-Zuid", new Mapping(List.of("Feijenoord", "Charlois", "IJsselmonde"),
                    "district: the three wijken south of the Maas that Rotterdam-Zuid (NPRZ) covers; Hoogvliet and "
                            + "the port areas are not part of it")),
            Map.entry("Den Haag Zuidwest", new Mapping(List.of("Wijk 33 Bouwlust", "Wijk 34 Morgenstond", "Wijk 36 Moerwijk"),
                    "district: Bouwlust/Vrederust, Morgenstond and Moerwijk, the residential wijken of Zuidwest "
                            + "(the Zuiderpark itself, 155 residents, left out)")),
            Map.entry("Lelystad-Oost", new Mapping(List.of(),
                    "unmapped: no Lelystad wijk is named Oost and the focus area's perimeter is not in our sources")),
            Map.entry("Zaandam-Oost", new Mapping(List.of("Poelenburg", "Pelders- en Hoornseveld", "Rosmolenwijk",
                    "Kogerveldwijk"), "district: CBS wijken 12-15 of Zaanstad, the wijken of Zaandam-Oost (Poelenburg, "
                            + "Peldersveld-Hoornseveld, Rosmolenwijk, Kogerveld); Zaandam Noord and Zuid are separate wijken")),
            Map.entry("Overvecht", new Mapping(List.of("Wijk 03 Overvecht"), "name: the wijk of that name")),
            Map.entry("Centrale As", new Mapping(List.of(),
                    "unmapped: a corridor through several Nieuwegein wijken, not a wijk or group of wijken by name")),
            Map.entry("Vlaardingen-West (Westwijk)", new Mapping(List.of("Westwijk"), "name: the wijk named in brackets")),
            Map.entry("Delft-West", new Mapping(List.of("Wijk 24 Voorhof", "Wijk 25 Buitenhof"),
                    "district: Voorhof and Buitenhof, the post-war wijken that make up Delft-West")),
            Map.entry("Dordrecht-West", new Mapping(List.of("Wijk 03 Oud Krispijn", "Wijk 04 Nieuw-krispijn",
                    "Wijk 07 Wielwijk", "Wijk 08 Crabbehof/Zuidhoven"),
                    "district: Krispijn, Wielwijk and Crabbehof/Zuidhoven, the wijken of Dordrecht-West")),
            Map.entry("Roosendaal-stad", new Mapping(List.of("Wijk 00 Centrum", "Wijk 01 Oost", "Wijk 02 Noord",
                    "Wijk 03 West", "Wijk 04 Groot Kroeven", "Wijk 05 Langdonk", "Wijk 06 Kortendijk", "Wijk 07 Tolberg"),
                    "district: the town's wijken 00-07, without the villages (Nispen, Wouw, Heerle, Moerstraten, "
                            + "Wouwse Plantage) and the industrial areas (08)")));

    /** The reasons in Dutch, for the Dutch UI (the mapping itself is in {@link #MAPPINGS}). */
    static final Map<String, String> REASONS_NL = Map.ofEntries(
            Map.entry("Amsterdam Zuidoost",
                    "stadsdeel: alle wijken van stadsdeel Zuidoost (CBS-codes WK0363T.; Driemond, nu stadsdeel Weesp, niet)"),
            Map.entry("Amsterdam Nieuw-West",
                    "stadsdeel: alle wijken van stadsdeel Nieuw-West (CBS-codes WK0363F.)"),
            Map.entry("Leeuwarden-Oost (Heechterp-Schieringen)",
                    "naam: de wijk tussen haakjes (KWB schrijft '&' voor het streepje)"),
            Map.entry("Groningen-Noord",
                    "stadsdeel: de drie wijken die het noorden in de naam dragen (Oud-Noord: De Hoogte, Indische buurt; Noordwest: Paddepoel, Selwerd; Noordoost: Beijum, De Hunze)"),
            Map.entry("Arnhem-Oost",
                    "stadsdeel: CBS-wijken 02-08 van Arnhem, het stadsdeel ten oosten van het centrum en ten noorden van de Rijn (Malburgen-Oost ligt ten zuiden van de rivier en hoort er niet bij)"),
            Map.entry("Heerlen-Noord",
                    "stadsdeel: het CBS nummert de wijken van Heerlen per stadsdeel; 1x (Hoensbroek) en 2x (Heerlerheide) vormen Heerlen-Noord"),
            Map.entry("Breda-Noord",
                    "naam: de wijk 'Breda noord' (niet 'noord-west')"),
            Map.entry("Woensel-Zuid",
                    "stadsdeel: het CBS nummert de wijken van Eindhoven per stadsdeel; 4x is Woensel-Zuid (41-43)"),
            Map.entry("Tilburg-Noordwest",
                    "niet gekoppeld: geen wijk of groep wijken van Tilburg heet Noordwest in KWB 2024"),
            Map.entry("Nieuwland-Oost",
                    "naam: de twee wijken die de naam samenvoegt"),
            Map.entry("Rotterdam-Zuid",
                    "stadsdeel: de drie wijken ten zuiden van de Maas die Rotterdam-Zuid (NPRZ) beslaat; Hoogvliet en de havengebieden horen er niet bij"),
            Map.entry("Den Haag Zuidwest",
                    "stadsdeel: Bouwlust/Vrederust, Morgenstond en Moerwijk, de woonwijken van Zuidwest (het Zuiderpark zelf, 155 inwoners, niet)"),
            Map.entry("Lelystad-Oost",
                    "niet gekoppeld: geen wijk van Lelystad heet Oost en de begrenzing van het focusgebied staat niet in onze bronnen"),
            Map.entry("Zaandam-Oost",
                    "stadsdeel: CBS-wijken 12-15 van Zaanstad, de wijken van Zaandam-Oost (Poelenburg, Peldersveld-Hoornseveld, Rosmolenwijk, Kogerveld); Zaandam Noord en Zuid zijn aparte wijken"),
            Map.entry("Overvecht",
                    "naam: de wijk met die naam"),
            Map.entry("Centrale As",
                    "niet gekoppeld: een as door meerdere Nieuwegeinse wijken, geen wijk of groep wijken met die naam"),
            Map.entry("Vlaardingen-West (Westwijk)",
                    "naam: de wijk tussen haakjes"),
            Map.entry("Delft-West",
                    "stadsdeel: Voorhof en Buitenhof, de naoorlogse wijken die Delft-West vormen"),
            Map.entry("Dordrecht-West",
                    "stadsdeel: Krispijn, Wielwijk en Crabbehof/Zuidhoven, de wijken van Dordrecht-West"),
            Map.entry("Roosendaal-stad",
                    "stadsdeel: de wijken 00-07 van de stad, zonder de dorpen (Nispen, Wouw, Heerle, Moerstraten, Wouwse Plantage) en de industriegebieden (08)"));

    private FocusAreaWijken() {
    }
}
