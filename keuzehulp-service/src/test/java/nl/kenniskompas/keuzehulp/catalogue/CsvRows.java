package nl.kenniskompas.keuzehulp.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds catalogue spreadsheets for tests: a complete, publishable row per key, with any cells changed. */
public final class CsvRows {

    private CsvRows() {
    }

    public static Map<String, String> publishable(String key) {
        Map<String, String> row = new LinkedHashMap<>();
        CatalogueCsv.COLUMNS.forEach(column -> row.put(column, ""));
        row.put("id", key);
        row.put("status", "gepubliceerd");
        row.put("naam", "Sollicitatietraining " + key);
        row.put("aliassen", "Solliciteren in de praktijk|Werkzoeken");
        row.put("categorie", "richting-werk");
        row.put("doel", "Beter leren solliciteren.");
        row.put("werkwijze", "Vier bijeenkomsten in een groep; oefenen met gesprekken.");
        row.put("aanbieder", "Werkbedrijf");
        row.put("locaties", "Tiel|Online");
        row.put("duur", "8 weken");
        row.put("intensiteit", "4,5");
        row.put("kosten", "0");
        row.put("kosten_toelichting", "Met behoud van uitkering");
        row.put("vorm", "groep");
        row.put("bereik", "regionaal");
        row.put("erkenning", "goed-onderbouwd");
        row.put("erkend_op", "2021-06-01");
        row.put("onderzoek_nl", "gemengd");
        row.put("links", "Divosa=https://www.divosa.nl/");
        row.put("leeftijd", "22-26|27-55");
        row.put("doelen", "zoeken-solliciteren");
        row.put("werkwijze_tags", "sollicitatievaardigheden");
        row.put("b1_wat_is_het", "Een training in solliciteren.");
        row.put("b1_voor_wie", "Voor iedereen die werk zoekt.");
        row.put("b1_wat_ga_je_doen", "Je oefent gesprekken.");
        row.put("b1_hoe_lang", "Acht weken, een ochtend per week.");
        row.put("b1_wat_levert_het_op", "Je weet hoe je solliciteert.");
        row.put("b1_kost_het_iets", "Het is gratis. Je houdt je uitkering.");
        return row;
    }

    /** The spreadsheet with a header and these rows, quoted where needed. */
    public static String csv(List<Map<String, String>> rows) {
        StringBuilder out = new StringBuilder(String.join(";", CatalogueCsv.COLUMNS)).append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : CatalogueCsv.COLUMNS) {
                String cell = row.getOrDefault(column, "");
                cells.add(cell.contains(";") || cell.contains("\"") || cell.contains("\n") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            out.append(String.join(";", cells)).append("\r\n");
        }
        return out.toString();
    }
}
