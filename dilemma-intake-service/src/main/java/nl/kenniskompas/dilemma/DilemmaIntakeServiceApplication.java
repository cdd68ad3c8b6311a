package nl.kenniskompas.dilemma;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DilemmaIntakeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DilemmaIntakeServiceApplication.class, args);
    }
}
