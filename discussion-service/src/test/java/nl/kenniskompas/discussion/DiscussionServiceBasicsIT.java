package nl.kenniskompas.discussion;

import nl.kenniskompas.platform.testing.ServiceBasics;

class DiscussionServiceBasicsIT extends ServiceBasics {
}
