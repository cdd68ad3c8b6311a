package nl.kenniskompas.keuzehulp;

import nl.kenniskompas.platform.testing.ServiceBasics;

class KeuzehulpServiceBasicsIT extends ServiceBasics {
}
