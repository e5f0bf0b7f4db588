"""Hold the fictional employers of the field corpus (no real trust, board or person)."""

from __future__ import annotations

from field_corpus.model import Employer

E = "England"
S = "Scotland"
W = "Wales"
NI = "Northern Ireland"

LARKHILL = Employer(
    "Larkhill Vale NHS Foundation Trust", E, "LVF", "Larkhill Vale General Hospital",
    "Open, Kind, Accountable",
    "Larkhill Vale runs two acute hospitals and a community hospital for about 480,000 people "
    "across a market-town and coastal patch. We are investing in a new same-day emergency care "
    "unit and a digital patient record.")
FENMOOR = Employer(
    "Fenmoor Community Health NHS Trust", E, "FCH", "Fenmoor Health Campus",
    "Listen, Include, Improve",
    "Fenmoor provides community nursing, therapy, intermediate care and specialist services in "
    "people's homes and in twelve health centres, working closely with the county council.")
SALTMARSH = Employer(
    "Saltmarsh and Ebbing Hospitals NHS Trust", E, "SEH", "Saltmarsh Royal Infirmary",
    "Care, Courage, Teamwork",
    "We are a teaching trust with 1,100 beds, a regional trauma unit and a growing research "
    "portfolio, serving a busy port city and its rural hinterland.")
THORNBURY = Employer(
    "Thornbury Weald Partnership NHS Foundation Trust", E, "TWP", "Weald House, Thornbury",
    "Hope, Respect, Partnership",
    "Thornbury Weald provides mental health, learning disability and community services, with "
    "inpatient units on three sites and teams based in every district.")
CORRINGTON = Employer(
    "Corrington University Hospitals NHS Trust", E, "CUH", "Corrington General Hospital",
    "Safe, Kind, Excellent",
    "Corrington is a large university hospital group with specialist cardiac, renal and cancer "
    "services and one of the busiest emergency departments in the region.")
CALDER = Employer(
    "Calder Reach NHS Foundation Trust", E, "CRF", "Calder Reach Hospital",
    "Together, Fair, Ambitious",
    "Calder Reach brings together hospital and community services for a city and three valley "
    "towns, with integrated neighbourhood teams hosted in primary care.")
ASHGROVE = Employer(
    "Ashgrove and Millbeck Primary Care Network", E, "AMP", "Ashgrove Health Centre",
    "Community, Curiosity, Care",
    "Our network brings together seven GP practices caring for 62,000 patients, with a growing "
    "team of additional roles working alongside the practices.")
HEATHMOOR = Employer(
    "Heathmoor Ambulance Service NHS Trust", E, "HAS", "Heathmoor Emergency Operations Centre",
    "Respond, Respect, Reassure",
    "We answer 999 and 111 calls for a mixed urban and rural region and run clinical hubs, "
    "urgent care services and patient transport.")
GLENMORVEN = Employer(
    "NHS Glenmorven", S, "GMV", "Glenmorven Royal Hospital",
    "Care and compassion, Dignity and respect, Openness, Quality and teamwork",
    "NHS Glenmorven provides hospital and community care for 310,000 people across a city, "
    "its towns and a scattering of islands, working with two health and social care "
    "partnerships.")
STRATHCARRAN = Employer(
    "NHS Strathcarran", S, "STC", "Strathcarran Infirmary",
    "Care and compassion, Dignity and respect, Openness, Quality and teamwork",
    "NHS Strathcarran is a rural board covering mountains, glens and coast; many of our teams "
    "serve people in remote communities and use technology to reach them.")
CARRAN_HSCP = Employer(
    "Carran Valley Health and Social Care Partnership", S, "CVP", "Riverside House, Carran",
    "Person-centred, Safe, Together",
    "The partnership joins the council's social work services with NHS community health "
    "services for the Carran Valley.")
GLANNAU = Employer(
    "Glannau Tawel University Health Board", W, "920", "Ysbyty Glannau Tawel",
    "Working together, Always improving, Kind and caring",
    "Glannau Tawel University Health Board plans and provides health care for 400,000 people "
    "in south-west Wales, from three acute hospitals and a network of community services.")
MYNYDD = Employer(
    "Mynydd Llwyd Teaching Health Board", W, "930", "Ysbyty Mynydd Llwyd",
    "Kindness, Respect, Integrity",
    "Mynydd Llwyd Teaching Health Board serves rural mid and north Wales, where many people "
    "prefer to receive care through the medium of Welsh.")
LAGAN = Employer(
    "Lagan Moss Health and Social Care Trust", NI, "LMT", "Lagan Moss Hospital",
    "Compassion, Openness, Excellence, Working Together",
    "Lagan Moss HSC Trust provides integrated hospital, community and social care services, "
    "including statutory social work, for 360,000 people.")
SPERRIN = Employer(
    "Sperrin Vale Health and Social Care Trust", NI, "SVT", "Sperrin Vale Area Hospital",
    "Caring, Respectful, Ambitious",
    "Sperrin Vale HSC Trust covers a largely rural area in the west, running an area hospital, "
    "community hospitals and integrated care teams.")
