"""ACLED's closed vocabularies: the only place their names are spelled.

>>> SubEventType("Air/drone strike").event_type
<EventType.EXPLOSIONS: 'Explosions/Remote violence'>
"""
from __future__ import annotations

from enum import Enum


class EventType(str, Enum):
    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    VAC = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC = "Strategic developments"

    @property
    def disorder_type(self) -> str:
        if self is EventType.PROTESTS:
            return "Demonstrations"
        if self is EventType.STRATEGIC:
            return "Strategic developments"
        return "Political violence"


class SubEventType(str, Enum):
    ARMED_CLASH = "Armed clash"
    GOV_REGAINS = "Government regains territory"
    NSA_OVERTAKES = "Non-state actor overtakes territory"
    AIR_STRIKE = "Air/drone strike"
    SHELLING = "Shelling/artillery/missile attack"
    SUICIDE_BOMB = "Suicide bomb"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    CHEMICAL = "Chemical weapon"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    SEXUAL_VIOLENCE = "Sexual violence"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    ARRESTS = "Arrests"
    AGREEMENT = "Agreement"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS = "Disrupted weapons use"
    HQ_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NONVIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"

    @property
    def event_type(self) -> EventType:
        return _EVENT_TYPE_OF[self]

    @property
    def disorder_type(self) -> str:
        if self is SubEventType.EXCESSIVE_FORCE:
            return "Political violence; Demonstrations"
        return self.event_type.disorder_type


_S, _E = SubEventType, EventType
_EVENT_TYPE_OF = {
    _S.ARMED_CLASH: _E.BATTLES, _S.GOV_REGAINS: _E.BATTLES, _S.NSA_OVERTAKES: _E.BATTLES,
    _S.AIR_STRIKE: _E.EXPLOSIONS, _S.SHELLING: _E.EXPLOSIONS, _S.SUICIDE_BOMB: _E.EXPLOSIONS,
    _S.REMOTE_EXPLOSIVE: _E.EXPLOSIONS, _S.GRENADE: _E.EXPLOSIONS, _S.CHEMICAL: _E.EXPLOSIONS,
    _S.ATTACK: _E.VAC, _S.ABDUCTION: _E.VAC, _S.SEXUAL_VIOLENCE: _E.VAC,
    _S.PEACEFUL_PROTEST: _E.PROTESTS, _S.PROTEST_INTERVENTION: _E.PROTESTS,
    _S.EXCESSIVE_FORCE: _E.PROTESTS,
    _S.VIOLENT_DEMONSTRATION: _E.RIOTS, _S.MOB_VIOLENCE: _E.RIOTS,
    _S.ARRESTS: _E.STRATEGIC, _S.AGREEMENT: _E.STRATEGIC, _S.CHANGE_TO_GROUP: _E.STRATEGIC,
    _S.DISRUPTED_WEAPONS: _E.STRATEGIC, _S.HQ_ESTABLISHED: _E.STRATEGIC, _S.LOOTING: _E.STRATEGIC,
    _S.NONVIOLENT_TRANSFER: _E.STRATEGIC, _S.OTHER: _E.STRATEGIC,
}


# Most specific first, per event type: when two reports (or two cues) disagree on the sub-event
# type within one event type, the earlier one here is kept. An outlet that says "انتحاري" knows
# more than one that says "تفجير"; "غارة" more than "قصف"; a change of territory more than the
# fighting that made it.
SPECIFICITY: tuple[SubEventType, ...] = (
    _S.NSA_OVERTAKES, _S.GOV_REGAINS, _S.ARMED_CLASH,
    _S.SUICIDE_BOMB, _S.CHEMICAL, _S.AIR_STRIKE, _S.GRENADE, _S.REMOTE_EXPLOSIVE, _S.SHELLING,
    _S.SEXUAL_VIOLENCE, _S.ABDUCTION, _S.ATTACK,
    _S.EXCESSIVE_FORCE, _S.PROTEST_INTERVENTION, _S.PEACEFUL_PROTEST,
    _S.VIOLENT_DEMONSTRATION, _S.MOB_VIOLENCE,
    _S.AGREEMENT, _S.ARRESTS, _S.CHANGE_TO_GROUP, _S.DISRUPTED_WEAPONS, _S.HQ_ESTABLISHED,
    _S.LOOTING, _S.NONVIOLENT_TRANSFER, _S.OTHER,
)


class Inter(int, Enum):
    """ACLED interaction codes."""
    STATE_FORCES = 1
    REBEL_GROUP = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL = 8


# ACLED's CSV columns, in ACLED's order.
ACLED_CSV_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
