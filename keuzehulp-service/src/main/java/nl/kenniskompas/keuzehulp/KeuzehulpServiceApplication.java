package nl.kenniskompas.keuzehulp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KeuzehulpServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(KeuzehulpServiceApplication.class, args);
    }
}
