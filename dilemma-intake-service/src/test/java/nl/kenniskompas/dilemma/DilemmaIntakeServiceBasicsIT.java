package nl.kenniskompas.dilemma;

import nl.kenniskompas.platform.testing.ServiceBasics;

class DilemmaIntakeServiceBasicsIT extends ServiceBasics {
}
