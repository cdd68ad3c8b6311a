package nl.kenniskompas.keuzehulp.importexport;

import nl.kenniskompas.keuzehulp.catalogue.CatalogueCsv;
import nl.kenniskompas.keuzehulp.catalogue.Instrument;
import nl.kenniskompas.keuzehulp.catalogue.Managing;
import nl.kenniskompas.platform.tenant.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/** The catalogue as a spreadsheet, both ways. */
@RestController
@RequestMapping("/api/v1/keuzehulp/beheer")
class ImportExportController {

    private final Importing importing;
    private final Managing managing;

    ImportExportController(Importing importing, Managing managing) {
        this.importing = importing;
        this.managing = managing;
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    Importing.Result importCsv(@RequestBody byte[] file, Caller caller) {
        return importing.importCsv(caller, file);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(Caller caller) {
        String csv = CatalogueCsv.write(managing.all(caller).stream().sorted(Comparator.comparing(Instrument::key)).toList());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("keuzehulp-" + caller.tenantId() + ".csv").build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
