package nl.kenniskompas.kopkraker;

import nl.kenniskompas.platform.testing.ServiceBasics;

class CaseServiceBasicsIT extends ServiceBasics {
}
