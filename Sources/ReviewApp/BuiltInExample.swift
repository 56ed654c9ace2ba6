// Generated from Fixtures/coventry-warwickshire.json; a test checks they are identical.
// Regenerate with: scripts/update-built-in-example (it keeps the extension below)

/// The review `merger-review` creates when started with no file and no review.json.
public enum BuiltInExample {
    public static let name = "Coventry & Warwickshire (2019)"
    public static let json = #"""
{
  "actions": [],
  "appraisal": {
    "cells": [
      {
        "criterionId": "crit-quality",
        "judgement": "No change",
        "optionId": "opt-1"
      },
      {
        "criterionId": "crit-quality",
        "judgement": "All the clinical expertise in the STP area would be available to the whole STP area",
        "optionId": "opt-2"
      },
      {
        "criterionId": "crit-quality",
        "judgement": "All the clinical expertise in the STP area would be available to the whole STP area",
        "optionId": "opt-3"
      },
      {
        "criterionId": "crit-resources",
        "judgement": "No advantage",
        "optionId": "opt-1"
      },
      {
        "criterionId": "crit-resources",
        "judgement": "More stable arrangement than no change. Single executive team - loss of some senior posts",
        "optionId": "opt-2"
      },
      {
        "criterionId": "crit-resources",
        "judgement": "Stable arrangement. Single legal entity. Single executive team – loss of some senior posts",
        "optionId": "opt-3"
      },
      {
        "criterionId": "crit-access",
        "judgement": "No advantage",
        "optionId": "opt-1"
      },
      {
        "criterionId": "crit-access",
        "judgement": "No advantage",
        "optionId": "opt-2"
      },
      {
        "criterionId": "crit-access",
        "judgement": "Single voice for strategic commissioning of local services",
        "optionId": "opt-3"
      },
      {
        "criterionId": "crit-development",
        "judgement": "No advantage",
        "optionId": "opt-1"
      },
      {
        "criterionId": "crit-development",
        "judgement": "No advantage",
        "optionId": "opt-2"
      },
      {
        "criterionId": "crit-development",
        "judgement": "Single voice for strategic commissioning of local services",
        "optionId": "opt-3"
      },
      {
        "criterionId": "crit-delivery",
        "judgement": "No change",
        "optionId": "opt-1"
      },
      {
        "criterionId": "crit-delivery",
        "judgement": "No advantage. Timeframe 3-6 months",
        "optionId": "opt-2"
      },
      {
        "criterionId": "crit-delivery",
        "judgement": "No advantage. Timeframe 9-22 months",
        "optionId": "opt-3"
      },
      {
        "criterionId": "crit-strategic-fit",
        "judgement": "No advantage",
        "optionId": "opt-1"
      },
      {
        "criterionId": "crit-strategic-fit",
        "judgement": "Some economies of scale",
        "optionId": "opt-2"
      },
      {
        "criterionId": "crit-strategic-fit",
        "judgement": "Maximises potential for economies of scale. Eliminates commissioning duplication and inconsistent approaches. Allows single financial and service strategy. Strong basis for negotiation and approach to STP",
        "optionId": "opt-3"
      },
      {
        "criterionId": "crit-training",
        "judgement": "No advantage",
        "optionId": "opt-1"
      },
      {
        "criterionId": "crit-training",
        "judgement": "No advantage",
        "optionId": "opt-2"
      },
      {
        "criterionId": "crit-training",
        "judgement": "No advantage",
        "optionId": "opt-3"
      },
      {
        "criterionId": "crit-environment",
        "judgement": "No advantage",
        "optionId": "opt-1"
      },
      {
        "criterionId": "crit-environment",
        "judgement": "No advantage",
        "optionId": "opt-2"
      },
      {
        "criterionId": "crit-environment",
        "judgement": "No advantage",
        "optionId": "opt-3"
      },
      {
        "criterionId": "crit-policy",
        "judgement": "Does not achieve requirement",
        "optionId": "opt-1"
      },
      {
        "criterionId": "crit-policy",
        "judgement": "Joint alignment to STP / ICS. Retains three commissioning bodies and three sets of statutory requirements to be delivered. No advantage – influence across STP not maximised",
        "optionId": "opt-2"
      },
      {
        "criterionId": "crit-policy",
        "judgement": "Full alignment to STP / ICS for providers / provider alliance and local authorities to engage with. Move from three sets of statutory requirements to one",
        "optionId": "opt-3"
      }
    ],
    "criteria": [
      {
        "description": "One of the three highest priorities. Stakeholders ranked improved clinical quality, more effective use of resources and better access to services as the highest priorities across all engagement sessions (section 20). Criteria adapted from best-practice criteria after engagement; the paper gives no weights or scores.",
        "id": "crit-quality",
        "title": "Improved clinical quality"
      },
      {
        "description": "One of the three highest priorities. Stakeholders ranked improved clinical quality, more effective use of resources and better access to services as the highest priorities across all engagement sessions (section 20). Criteria adapted from best-practice criteria after engagement; the paper gives no weights or scores.",
        "id": "crit-resources",
        "title": "More effective use of resources"
      },
      {
        "description": "One of the three highest priorities. Stakeholders ranked improved clinical quality, more effective use of resources and better access to services as the highest priorities across all engagement sessions (section 20). Criteria adapted from best-practice criteria after engagement; the paper gives no weights or scores.",
        "id": "crit-access",
        "title": "Better access to services"
      },
      {
        "description": "Ranked below the top three (clinical quality, effective use of resources, access); the order of the remaining criteria changed depending on the audience (section 20). Criteria adapted from best-practice criteria after engagement; the paper gives no weights or scores.",
        "id": "crit-development",
        "title": "Development of services"
      },
      {
        "description": "Ranked below the top three (clinical quality, effective use of resources, access); the order of the remaining criteria changed depending on the audience (section 20). Criteria adapted from best-practice criteria after engagement; the paper gives no weights or scores.",
        "id": "crit-delivery",
        "title": "Ease of delivery"
      },
      {
        "description": "Ranked below the top three (clinical quality, effective use of resources, access); the order of the remaining criteria changed depending on the audience (section 20). Criteria adapted from best-practice criteria after engagement; the paper gives no weights or scores.",
        "id": "crit-strategic-fit",
        "title": "Improved strategic fit"
      },
      {
        "description": "Ranked below the top three (clinical quality, effective use of resources, access); the order of the remaining criteria changed depending on the audience (section 20). Criteria adapted from best-practice criteria after engagement; the paper gives no weights or scores.",
        "id": "crit-training",
        "title": "Meeting training, teaching, research needs"
      },
      {
        "description": "Often ranked second-to-last by stakeholders (section 20). Ranked below the top three (clinical quality, effective use of resources, access); the order of the remaining criteria changed depending on the audience (section 20). Criteria adapted from best-practice criteria after engagement; the paper gives no weights or scores.",
        "id": "crit-environment",
        "title": "Improved environmental quality"
      },
      {
        "description": "Generally seen as the least important criterion for the majority of stakeholders (section 20). Criteria adapted from best-practice criteria after engagement; the paper gives no weights or scores.",
        "id": "crit-policy",
        "title": "Meeting national / regional policy"
      }
    ],
    "options": [
      {
        "cons": [
          "Management and governance arrangements are duplicated.",
          "Would not fulfil the vision of becoming a strategic commissioner nor the development of an ICS.",
          "Does not offer any benefit in terms of economies of scale nor deliver the required reduction in costs.",
          "Does not improve recruitment and retention and creates the potential to lose clinical leadership and key staff.",
          "Three commissioning voices would remain, with potentially divergent commissioning priorities.",
          "Would appear to duplicate decision making at Place and potentially hinder progress.",
          "Discounted entirely due to the lack of any demonstrable benefits (section 24).",
          "Only one stakeholder felt 'do nothing' was a viable scenario (section 21)."
        ],
        "description": "Three statutory bodies. Three separately accountable CCGs and current, separate management arrangements (section 23). Discounted.",
        "id": "opt-1",
        "organisationsLeft": 3,
        "pros": [],
        "title": "Do nothing (no change)"
      },
      {
        "cons": [
          "Compared to current arrangements, there are no material advantages.",
          "No significant impact on the current level of duplication.",
          "Requires the CCGs to co-design and implement new non-statutory governance arrangements.",
          "Meetings-in-common would rotate between three sets of CCG offices, which might disadvantage some stakeholder and public attendance.",
          "Fails to deliver a single commissioning voice and retains three statutory organisations and overheads in management and requirements (section 24)."
        ],
        "description": "Three statutory bodies & joint commissioning. A single joint management team established following the immediate appointment of a single Accountable Officer for the three CCGs with retention of the three existing statutory bodies; each CCG keeps its own constitution, governing body and membership arrangements (section 23).",
        "id": "opt-2",
        "organisationsLeft": 3,
        "pros": [
          "The CCGs would share some staff and structures to help them work more efficiently.",
          "Marginal benefit in cost reduction in areas such as joint committees or committees-in-common.",
          "Would incur little disruption for staff.",
          "A single Accountable Officer and single management team offer clear executive leadership and economies of scale (section 26).",
          "A viable option (section 24).",
          "Some stakeholders asked about a 'best of both worlds' approach: a joint management team first before full merger (section 21)."
        ],
        "title": "Single management (retain three CCGs with a single management structure)"
      },
      {
        "cons": [
          "Requires early recruitment of an Accountable Officer and Chief Financial Officer, new statutory governance and a merger application to NHS England.",
          "Stakeholders recognised it would not be an easy, quick or cheap process (section 21).",
          "Longest timeframe: 9-22 months (section 22).",
          "Loss of local voice and identity highlighted as a large concern when moving to a strategic commissioning structure (section 21)."
        ],
        "description": "One statutory body. A single commissioning voice, management team, constitution, and governance arrangements following merger; with a single, joint management team established following the immediate appointment of a single Accountable Officer for the three CCGs up to the date of merger (section 23). Recommended.",
        "id": "opt-3",
        "organisationsLeft": 1,
        "pros": [
          "Establishes a single CCG coterminous with the whole STP area and including both Local Authorities.",
          "Provides the foundation of the future ICS within the timeframe required nationally.",
          "Stable, permanent and aligned to existing local authority health scrutiny and Health and Wellbeing Board arrangements.",
          "More effective partnership work within the STP, including with NHS England on areas such as specialised commissioning.",
          "Significantly more sustainable and substantially reduces duplication: one statutory body rather than three.",
          "A single legal entity for providers, third sector and local authorities to engage with.",
          "A single set of reporting and policy approaches delivers consistency for the people of Coventry and Warwickshire.",
          "All the clinical expertise in the area available to the whole area, working with the Provider Alliance.",
          "Best chance of achieving the national target of becoming an ICS by 2021 (section 24).",
          "Greatest potential for achieving the reduction in management costs required by the Long Term Plan (section 24).",
          "The most preferred scenario at each stakeholder session; local providers broadly supportive (section 21)."
        ],
        "title": "Full merger of the three CCGs"
      }
    ],
    "preferredOptionId": "opt-3",
    "recommendation": "That the Governing Body support Option 3 (full merger of the three CCGs), and that CCG member practices are asked to choose (by voting) either Option 2 or Option 3 (section 25). Conclusions (section 24): Option 1 is discounted entirely; Option 2 is viable but fails to deliver a single commissioning voice; Option 3 gives the best chance of becoming an ICS by 2021, full coterminosity with the STP area and local authorities, and the greatest potential for the required reduction in management costs."
  },
  "budgets": {
    "lines": [
      {
        "amount": 647.9,
        "id": "b-cr-prog",
        "measure": "programme",
        "notes": "Figure 15 Financial position 2019/20 (section 17).",
        "organisationId": "org-crccg",
        "year": "2019/20"
      },
      {
        "amount": 10.3,
        "id": "b-cr-rc",
        "measure": "runningCosts",
        "notes": "Figure 15 Financial position 2019/20 (section 17). 2019/20 is the only running-cost year in the paper; used as the baseline for the 20% reduction.",
        "organisationId": "org-crccg",
        "year": "2019/20"
      },
      {
        "amount": 71.2,
        "id": "b-cr-pm",
        "measure": "primaryMedical",
        "notes": "Figure 15 Financial position 2019/20 (section 17).",
        "organisationId": "org-crccg",
        "year": "2019/20"
      },
      {
        "amount": 729.4,
        "id": "b-cr-tb",
        "measure": "totalBudget",
        "notes": "Figure 15 Financial position 2019/20 (section 17).",
        "organisationId": "org-crccg",
        "year": "2019/20"
      },
      {
        "amount": 0.4,
        "id": "b-cr-iy",
        "measure": "inYearSurplus",
        "notes": "Figure 15 Financial position 2019/20 (section 17).",
        "organisationId": "org-crccg",
        "year": "2019/20"
      },
      {
        "amount": 6.4,
        "id": "b-cr-cum",
        "measure": "cumulativeSurplus",
        "notes": "Figure 15 Financial position 2019/20 (section 17). Paper shows 1.0% (cumulative surplus/deficit as % of programme).",
        "organisationId": "org-crccg",
        "year": "2019/20"
      },
      {
        "amount": 354.5,
        "id": "b-sw-prog",
        "measure": "programme",
        "notes": "Figure 15 Financial position 2019/20 (section 17).",
        "organisationId": "org-swccg",
        "year": "2019/20"
      },
      {
        "amount": 5.8,
        "id": "b-sw-rc",
        "measure": "runningCosts",
        "notes": "Figure 15 Financial position 2019/20 (section 17). 2019/20 is the only running-cost year in the paper; used as the baseline for the 20% reduction.",
        "organisationId": "org-swccg",
        "year": "2019/20"
      },
      {
        "amount": 38.4,
        "id": "b-sw-pm",
        "measure": "primaryMedical",
        "notes": "Figure 15 Financial position 2019/20 (section 17).",
        "organisationId": "org-swccg",
        "year": "2019/20"
      },
      {
        "amount": 398.7,
        "id": "b-sw-tb",
        "measure": "totalBudget",
        "notes": "Figure 15 Financial position 2019/20 (section 17). The section 4 profile gives the 2019/20 budget as £404 million instead.",
        "organisationId": "org-swccg",
        "year": "2019/20"
      },
      {
        "amount": 1.9,
        "id": "b-sw-iy",
        "measure": "inYearSurplus",
        "notes": "Figure 15 Financial position 2019/20 (section 17).",
        "organisationId": "org-swccg",
        "year": "2019/20"
      },
      {
        "amount": -3.4,
        "id": "b-sw-cum",
        "measure": "cumulativeSurplus",
        "notes": "Figure 15 Financial position 2019/20 (section 17). Paper shows -1.0% (cumulative surplus/deficit as % of programme).",
        "organisationId": "org-swccg",
        "year": "2019/20"
      },
      {
        "amount": 252.3,
        "id": "b-wn-prog",
        "measure": "programme",
        "notes": "Figure 15 Financial position 2019/20 (section 17).",
        "organisationId": "org-wnccg",
        "year": "2019/20"
      },
      {
        "amount": 4.0,
        "id": "b-wn-rc",
        "measure": "runningCosts",
        "notes": "Figure 15 Financial position 2019/20 (section 17). 2019/20 is the only running-cost year in the paper; used as the baseline for the 20% reduction.",
        "organisationId": "org-wnccg",
        "year": "2019/20"
      },
      {
        "amount": 26.4,
        "id": "b-wn-pm",
        "measure": "primaryMedical",
        "notes": "Figure 15 Financial position 2019/20 (section 17).",
        "organisationId": "org-wnccg",
        "year": "2019/20"
      },
      {
        "amount": 282.7,
        "id": "b-wn-tb",
        "measure": "totalBudget",
        "notes": "Figure 15 Financial position 2019/20 (section 17).",
        "organisationId": "org-wnccg",
        "year": "2019/20"
      },
      {
        "amount": 0.0,
        "id": "b-wn-iy",
        "measure": "inYearSurplus",
        "notes": "Figure 15 Financial position 2019/20 (section 17).",
        "organisationId": "org-wnccg",
        "year": "2019/20"
      },
      {
        "amount": -18.0,
        "id": "b-wn-cum",
        "measure": "cumulativeSurplus",
        "notes": "Figure 15 Financial position 2019/20 (section 17). Paper shows -7.1% (cumulative surplus/deficit as % of programme).",
        "organisationId": "org-wnccg",
        "year": "2019/20"
      }
    ],
    "runningCostTarget": {
      "baselineYear": "2019/20",
      "reductionPercent": 20,
      "targetYear": "2020/21"
    },
    "statedTotals": [
      {
        "id": "st-pop-table",
        "label": "Total GP registered population (Figure 2)",
        "measure": "registeredPopulation",
        "scope": "places",
        "source": "Figure 2 'GP registered list size by Place', Total row, section 4 CCG profiles (v7 document history: 'Correction to total number in figure 2, p9').",
        "value": 1006232
      },
      {
        "id": "st-pop-text",
        "label": "Total GP registered list size at 1 January 2019 (text)",
        "measure": "registeredPopulation",
        "scope": "places",
        "source": "Section 4 text: 'The total GP registered list sizes at 1 January 2019 of 813,954 are located across the four Place areas'. Contradicts the Figure 2 total of 1,006,232 (813,954 is the sum of Coventry, Rugby and South Warwickshire only). Section 5 also says the 127 practices serve 'approximately 960.000 local residents'.",
        "value": 813954
      },
      {
        "id": "st-pcns",
        "label": "Total Primary Care Networks (Figure 2)",
        "measure": "pcns",
        "scope": "places",
        "source": "Figure 2, Total row, section 4.",
        "value": 19
      },
      {
        "id": "st-practices",
        "label": "Total GP practices (Figure 2)",
        "measure": "practices",
        "scope": "places",
        "source": "Figure 2, Total row, section 4; section 5 also says '127 general medical practices'.",
        "value": 127
      },
      {
        "id": "st-programme",
        "label": "Total C&W Commissioners: programme",
        "measure": "programme",
        "scope": "organisations",
        "source": "Figure 15 Financial position 2019/20 (section 17), Total C&W Commissioners row.",
        "value": 1254.7,
        "year": "2019/20"
      },
      {
        "id": "st-running",
        "label": "Total C&W Commissioners: running costs",
        "measure": "runningCosts",
        "scope": "organisations",
        "source": "Figure 15 Financial position 2019/20 (section 17), Total C&W Commissioners row; section 17 text: Running Costs Allowance 'for 2019/20 amounts to £20.1m for the three CCGs'.",
        "value": 20.1,
        "year": "2019/20"
      },
      {
        "id": "st-primary",
        "label": "Total C&W Commissioners: primary medical",
        "measure": "primaryMedical",
        "scope": "organisations",
        "source": "Figure 15 Financial position 2019/20 (section 17), Total C&W Commissioners row.",
        "value": 136.0,
        "year": "2019/20"
      },
      {
        "id": "st-total-budget",
        "label": "Total C&W Commissioners: total budget",
        "measure": "totalBudget",
        "scope": "organisations",
        "source": "Figure 15 Financial position 2019/20 (section 17), Total C&W Commissioners row.",
        "value": 1410.8,
        "year": "2019/20"
      },
      {
        "id": "st-inyear",
        "label": "Total C&W Commissioners: in-year surplus",
        "measure": "inYearSurplus",
        "scope": "organisations",
        "source": "Figure 15 Financial position 2019/20 (section 17), Total C&W Commissioners row.",
        "value": 2.3,
        "year": "2019/20"
      },
      {
        "id": "st-cumulative",
        "label": "Total C&W Commissioners: cumulative surplus/(deficit)",
        "measure": "cumulativeSurplus",
        "scope": "organisations",
        "source": "Figure 15 Financial position 2019/20 (section 17), Total C&W Commissioners row: -15.0 (-1.2%); section 17 text: 'an overall deficit of £15m (1.2%)'.",
        "value": -15.0,
        "year": "2019/20"
      }
    ]
  },
  "history": [],
  "mergerTests": [
    {
      "description": "To provide the most logical footprint for local implementation of the NHS Long term Plan, and to provide strategic, integrated commissioning to support population health.",
      "evidence": [
        {
          "date": "2019-05-22",
          "id": "ev-stp-profiles",
          "reference": "Case for change, section 4 CCG profiles",
          "state": "drafted",
          "title": "CCG profiles and single strategic commissioner for approx. 1m population"
        },
        {
          "date": "2019-05-22",
          "id": "ev-stp-option3",
          "reference": "Case for change, sections 23 and 24",
          "state": "drafted",
          "title": "Option three: merger coterminous with the whole STP area"
        }
      ],
      "id": "test-stp-alignment",
      "notes": "Paper's response: the three CCGs together cover the whole Coventry & Warwickshire STP (approx. 1m population; the LTP says STPs are the basis for ICSs and typically one CCG per ICS) (section 4); Option 3 creates a CCG 'coterminous with the whole STP area' providing 'the foundation of the future ICS' (section 23) and 'delivers the requirements of full coterminosity with the STP area' (section 24). Annex One heading: the abstract calls these 'the 11 tests' but Annex One lists ten (I-X). No RAG given in the paper.",
      "owner": "",
      "rag": "unrated",
      "status": "inProgress",
      "title": "I. Alignment with (or within) the local STP/ICS"
    },
    {
      "description": "There is a presumption in favour of CCGs being coterminous with one or more upper-tier or unitary local authorities. They should also show how they have/will put in place suitable arrangements with local authorities to support integration at 'place' level (population of between 250,000 and 500,000).",
      "evidence": [
        {
          "date": "2019-05-22",
          "id": "ev-cot-future",
          "reference": "Case for change, section 13 Future arrangements",
          "state": "drafted",
          "title": "Boundary coterminous with local authorities and Places"
        },
        {
          "date": "2019-05-22",
          "id": "ev-cot-places",
          "reference": "Case for change, section 10 Delivery at Place; Figure 2",
          "state": "drafted",
          "title": "Four Places agreed by the Health and Wellbeing Place Forums"
        }
      ],
      "id": "test-coterminosity",
      "notes": "Paper's response: 'The proposed boundary is aligned and coterminous with both the existing Local Authorities and CCGs' (Coventry City Council, Warwickshire County Council); the four Place health delivery systems are coterminous with City, District and Borough Council boundaries and the four groups of PCNs (section 13). The Health and Wellbeing Place Forums led by local authorities agreed four Places (section 10). Note: by Figure 2, Rugby (110,691) and Warwickshire North (192,278) are below the 250,000-500,000 place range in this test; the paper does not comment on this.",
      "owner": "",
      "rag": "unrated",
      "status": "inProgress",
      "title": "II. Co-terminosity with local authorities"
    },
    {
      "description": "In line with the legal requirements, the existing CCGs must demonstrate that they have/will develop the leadership, capacity and capability for strategic, integrated commissioning for their population. This will include population health management, new financial and contractual approaches that encourage integration, and developing place-based partnerships. In accordance with the legal requirements, the application must demonstrate how any commissioning support services to be procured will be of an appropriate nature and quality.",
      "evidence": [
        {
          "date": "2019-05-22",
          "id": "ev-cap-jdp",
          "reference": "Case for change, section 15 Current progress",
          "state": "drafted",
          "title": "Joint development plan (Figure 13)"
        },
        {
          "date": "2019-05-22",
          "id": "ev-cap-place",
          "reference": "Case for change, section 10 Delivery at Place",
          "state": "drafted",
          "title": "Delivery at Place and outcomes-based commissioning"
        },
        {
          "date": "2019-05-22",
          "id": "ev-cap-csu",
          "reference": "Case for change, section 5",
          "state": "drafted",
          "title": "Current commissioning support arrangements (Arden & GEM CSU)"
        }
      ],
      "id": "test-commissioning-capability",
      "notes": "Paper's response: joint development plan for 2019/20 covering Strategic Commissioning, Place Based Transformation, Place Based Governance, Population Health Management and Primary Care Transformation (section 15, Figure 13); move to outcomes-based commissioning and Out of Hospital contracts around 30-50k populations (section 10). Commissioning support: Arden & GEM CSU provides services to all three CCGs (section 5) and financial systems support (section 28); the paper does not yet say how future commissioning support will be procured.",
      "owner": "",
      "rag": "unrated",
      "status": "inProgress",
      "title": "III. Strategic, integrated commissioning capacity and capability"
    },
    {
      "description": "In line with the legal requirements, the existing CCGs must demonstrate how the proposed new CCG will be a clinically led organisation, and how members of the new CCG will participate in its decision-making.",
      "evidence": [
        {
          "date": "2019-05-22",
          "id": "ev-clin-timeline",
          "reference": "Case for change, section 26 Delivery timeline",
          "state": "drafted",
          "title": "Retaining strong clinical leadership under changed arrangements"
        },
        {
          "date": "2019-05-22",
          "id": "ev-clin-membership",
          "reference": "Case for change, section 27 Membership engagement",
          "state": "drafted",
          "title": "Membership engagement principles"
        }
      ],
      "id": "test-clinical-leadership",
      "notes": "Paper's response: 'every intention of retaining strong clinical leadership'; decisions needed on the Clinical Chair function and wider clinical engagement and leadership structures; intention to agree core principles with the memberships (section 26). Membership engagement principles (section 27); GP 'One Voice' and PCN Clinical Directors (section 9); deliverable 'Develop the strategic commissioning clinical leadership function/s' by 30 June 2019 (Figure 13). The paper says these plans will be firmed up after the final decision on the option.",
      "owner": "",
      "rag": "unrated",
      "status": "inProgress",
      "title": "IV. Clinical leadership"
    },
    {
      "description": "In accordance with the legal requirements, the existing CCGs must show how the new CCG will have financial arrangements and controls for proper stewardship and accountability for public funds.",
      "evidence": [
        {
          "date": "2019-05-22",
          "id": "ev-fin-future",
          "reference": "Case for change, section 28 Future financial management",
          "state": "drafted",
          "title": "Future financial management arrangements"
        },
        {
          "date": "2019-05-22",
          "id": "ev-fin-position",
          "reference": "Case for change, section 17 Financial position",
          "state": "drafted",
          "title": "Financial position 2019/20 (Figure 15)"
        }
      ],
      "id": "test-financial-management",
      "notes": "Paper's response: 'It is too early to draw together the detail of this plan'; components set out: Audit Committee, single Chief Finance Officer appointed first, common prime financial policies and scheme of delegation, joint financial planning, common ISFE financial system, CWAS internal audit with a single audit plan, external audit to be confirmed or procured (section 28). Financial position 2019/20: combined deficit of £15m (1.2%) (section 17, Figure 15).",
      "owner": "",
      "rag": "unrated",
      "status": "inProgress",
      "title": "V. Financial management"
    },
    {
      "description": "Ideally, a merger should build on collaborative working between the existing CCGs and represent a logical next step from current arrangements. The merger application should show progress on joint working to date and must show how the existing CCGs intend to resource and manage the merger process itself.",
      "evidence": [
        {
          "date": "2019-05-22",
          "id": "ev-jw-current",
          "reference": "Case for change, section 5",
          "state": "drafted",
          "title": "Current joint working arrangements in relation to contracts and services"
        },
        {
          "date": "2019-05-22",
          "id": "ev-jw-progress",
          "reference": "Case for change, section 15 Current progress",
          "state": "drafted",
          "title": "Current progress, shared functions and transition team"
        }
      ],
      "id": "test-joint-working",
      "notes": "Paper's response: long history of joint commissioning; lead/co-ordinating commissioner arrangements, joint 'at scale' procurements (section 5); Coventry & Rugby and Warwickshire North jointly managed since April 2017 with Committees-in-Common (section 4); shared functions (Joint Strategic Commissioning Committee, IFR, Clinical Policy Group) and 'a temporary, dedicated transition team has been convened to manage the transition' (section 15). The paper does not say how the transition team is funded or staffed.",
      "owner": "",
      "rag": "unrated",
      "status": "inProgress",
      "title": "VI. Joint working"
    },
    {
      "description": "Assurance is required that the move to a larger geographical footprint will not be at the expense of the proposed new CCG's ability to engage with - and consider the needs of - local communities.",
      "evidence": [
        {
          "date": "2019-05-22",
          "id": "ev-eng-approach",
          "reference": "Case for change, section 18 Stakeholder engagement",
          "state": "drafted",
          "title": "Stakeholder engagement approach"
        },
        {
          "date": "2019-05-22",
          "id": "ev-eng-events",
          "reference": "Case for change, sections 19 and 21",
          "state": "drafted",
          "title": "Stakeholder events and responses"
        }
      ],
      "id": "test-community-engagement",
      "notes": "Paper's response: commitment to public engagement and existing communications and engagement strategies, with local structures for a distributed model of leadership (section 18); stakeholder events March-May 2019 including patients, voluntary sector, MPs, councillors and both Healthwatch organisations (section 19). Stakeholders said building robust 'Places' and not losing local identity is critical, and involving the local population is another critical measure of success (section 21).",
      "owner": "",
      "rag": "unrated",
      "status": "inProgress",
      "title": "VII. Ability to engage with local communities"
    },
    {
      "description": "Where possible, the existing CCGs should show how collaboration and joint working to date has contributed to cost savings; they must also show any further cost savings projected to result from the merger, and when, and how cash released will be re-invested.",
      "evidence": [
        {
          "date": "2019-05-22",
          "id": "ev-cost-benefits",
          "reference": "Case for change, section 14",
          "state": "drafted",
          "title": "Expected benefits of greater alignment"
        },
        {
          "date": "2019-05-22",
          "id": "ev-cost-running",
          "reference": "Case for change, section 17 Financial position",
          "state": "drafted",
          "title": "Running cost reduction of 20% in 2020/21"
        }
      ],
      "id": "test-cost-savings",
      "notes": "Paper's response: reduction in duplication - 'the appointment of joint/single roles will realise savings' (section 14); shared executive team enabled 'some streamlining of staff time' (section 23); recurrent 20% reduction in running costs to be achieved in 2020/21, releasing resource to each Place, against a 2019/20 Running Costs Allowance of £20.1m that 'will not change if the CCGs merge' (section 17); Option 3 gives 'the greatest potential' for the reduction in management costs (section 24). The paper quantifies no savings to date or projected savings from the merger.",
      "owner": "",
      "rag": "unrated",
      "status": "inProgress",
      "title": "VIII. Cost savings"
    },
    {
      "description": "The merger application must show evidence of approval for the merger by the Governing Body of each of the existing CCG governing bodies.",
      "evidence": [
        {
          "date": "2019-05-22",
          "id": "ev-gb-paper",
          "reference": "Case for change, section 25 Recommendations",
          "state": "drafted",
          "title": "Case for change recommending Option 3 to the Governing Bodies"
        }
      ],
      "id": "test-gb-approval",
      "notes": "Paper's response: this paper asks each Governing Body to support Option 3 (section 25). The Governing Bodies had earlier 'confirmed this as the correct strategic direction of travel' (section 18). Approval is pending the Governing Body decisions on this paper.",
      "owner": "",
      "rag": "unrated",
      "status": "inProgress",
      "title": "IX. CCG Governing Body approval"
    },
    {
      "description": "Evidence is required that each of the existing CCGs have engaged with, and seriously considered the views of, their GP member practices, and local Healthwatch, in relation to the merger. The merger application must record the level of support and the prevailing views of each existing CCG's member practices and local Healthwatch, and the existing CCGs' observations on those views.",
      "evidence": [
        {
          "date": "2019-05-22",
          "id": "ev-mem-events",
          "reference": "Case for change, section 19 Stakeholder events",
          "state": "drafted",
          "title": "Member and stakeholder engagement events"
        },
        {
          "date": "2019-05-22",
          "id": "ev-mem-vote",
          "reference": "Case for change, section 25 Recommendations; section 27 Membership engagement",
          "state": "drafted",
          "title": "Member vote between Options 2 and 3"
        }
      ],
      "id": "test-members-healthwatch",
      "notes": "Paper's response: members engaged at a Coventry PLT event, the Rugby Delivery Group, Warwickshire North's April membership meeting and South Warwickshire's Members' Council (March 2019); both local Healthwatch organisations were invited to the stakeholder events (section 19). Member practices are to vote between Options 2 and 3 (section 25). The level of support from members and Healthwatch is not yet recorded.",
      "owner": "",
      "rag": "unrated",
      "status": "inProgress",
      "title": "X. GP members and local Healthwatch consultation"
    }
  ],
  "milestones": [
    {
      "date": "2018-12",
      "dependsOn": [],
      "endDate": "2019-05",
      "id": "ms-engagement-briefings",
      "notes": "Section 19: 'In the period since December 2018 there have been a number of briefings and engagement events with staff, Members and Governing Bodies.' End month taken from the stakeholder events (March-May 2019); the paper gives no end date for the briefings.",
      "owner": "Three CCGs",
      "status": "done",
      "title": "Briefings and engagement events with staff, Members and Governing Bodies"
    },
    {
      "date": "2019-03",
      "dependsOn": [],
      "endDate": "2019-05",
      "id": "ms-stakeholder-events",
      "notes": "Section 19: events held with key stakeholders between March and May 2019; 174 people asked about the scenarios (section 20). A full report will be available on each CCG's website (section 21).",
      "owner": "Three CCGs",
      "status": "done",
      "title": "Stakeholder engagement events (staff, GP membership, governing bodies, patients, voluntary sector, councillors, Healthwatch)"
    },
    {
      "date": "2019-03",
      "dependsOn": [],
      "id": "ms-sw-members-council",
      "notes": "Section 19: a 'larger, stronger GP voice' was added to the assessment criteria as a result.",
      "owner": "NHS South Warwickshire CCG",
      "status": "done",
      "title": "South Warwickshire CCG Members' Council engagement session"
    },
    {
      "date": "2019-04",
      "dependsOn": [],
      "id": "ms-wn-members",
      "notes": "Section 19: the April membership meeting was used to present and capture feedback.",
      "owner": "NHS Warwickshire North CCG",
      "status": "done",
      "title": "Warwickshire North CCG monthly membership meeting (presentation and feedback)"
    },
    {
      "date": "2019-04-30",
      "dependsOn": [],
      "id": "ms-staff-brief-crwn",
      "notes": "Section 19: led by the Accountable Officer; update since the December 2018 briefing; feedback via mentimeter.",
      "owner": "Accountable Officer",
      "status": "done",
      "title": "All-staff team brief, Coventry & Rugby and Warwickshire North CCGs"
    },
    {
      "date": "2019-05-07",
      "dependsOn": [],
      "id": "ms-staff-brief-sw",
      "notes": "Section 19.",
      "owner": "NHS South Warwickshire CCG",
      "status": "done",
      "title": "South Warwickshire CCG staff engagement session"
    },
    {
      "date": {
        "label": "Late May 2019",
        "when": "2019-05"
      },
      "dependsOn": [
        "ms-stakeholder-events"
      ],
      "id": "ms-gb-decision",
      "notes": "Section 19: case for change 'due to be presented to the CCG governing bodies in late May 2019'. Sorted as 22 May 2019 (paper v7 date; reported date of the Coventry & Rugby and Warwickshire North meeting). If engagement shows the option is not sustainable, a further report comes back to the Governing Bodies (section 26).",
      "owner": "Governing Bodies of the three CCGs",
      "status": "planned",
      "title": "Governing Bodies consider the case for change and recommended option (Option 3)"
    },
    {
      "date": {
        "label": "Shortly after May 2019 (no date given)",
        "when": "undated"
      },
      "dependsOn": [],
      "id": "ms-ao-cfo-recruitment",
      "notes": "Section 23 (Option two): 'The timescale for this has already been approved by the Governing Bodies and recruitment will commence shortly.' Required under both Options 2 and 3; the single CFO is appointed before the rest of the leadership team (section 28). The paper gives no date; the sort date is only a placeholder.",
      "owner": "Governing Bodies of the three CCGs",
      "status": "planned",
      "title": "Recruit a single Accountable Officer and Chief Financial Officer for the three CCGs"
    },
    {
      "date": {
        "label": "After the Governing Body decision (no date given)",
        "when": "undated"
      },
      "dependsOn": [
        "ms-gb-decision"
      ],
      "id": "ms-member-vote",
      "notes": "Sections 1 and 25: the approved recommendation is put to a vote of the members in line with each CCG's constitution; members choose Option 2 or Option 3. Engagement with members continues 'during the next few months' (section 26). The paper gives no date; the sort date is only a placeholder.",
      "owner": "CCG member practices",
      "status": "planned",
      "title": "CCG member practices vote between Option 2 and Option 3"
    },
    {
      "date": {
        "label": "September (year not stated)",
        "when": "undated"
      },
      "dependsOn": [
        "ms-gb-decision",
        "ms-member-vote"
      ],
      "id": "ms-merger-application",
      "notes": "Section 26: 'Formal application would be required in September for transition on 1 April following.' The application must assure the Annex One criteria. The paper does not give the year; sorted as September 2019, the first September after the paper.",
      "owner": "Three CCGs",
      "status": "planned",
      "title": "Formal merger application to NHS England (if Option 3 is supported)"
    },
    {
      "date": {
        "label": "1 April following the September application (year not stated)",
        "when": "undated"
      },
      "dependsOn": [
        "ms-merger-application"
      ],
      "id": "ms-new-ccg",
      "notes": "Section 26: 'for transition on 1 April following'. Year not stated; sorted as 1 April 2020 to follow a September 2019 application.",
      "owner": "Three CCGs",
      "status": "planned",
      "title": "Transition to the merged CCG"
    },
    {
      "date": {
        "label": "2020/21",
        "when": "2020/21"
      },
      "dependsOn": [],
      "id": "ms-running-cost-reduction",
      "notes": "Sections 2 and 17: CCGs told by NHS England to reduce running costs by 20% by 2020/21 and must show how a recurrent 20% reduction will be achieved in 2020/21, releasing resource to each Place. 2019/20 Running Costs Allowance £20.1m for the three CCGs.",
      "owner": "Three CCGs",
      "status": "planned",
      "title": "Recurrent 20% reduction in running costs achieved"
    },
    {
      "date": "2021-04",
      "dependsOn": [],
      "id": "ms-ics-national",
      "notes": "Sections 2 and 12 (LTP 1.51): by April 2021 ICSs will cover the whole country. Section 24: Option 3 gives the best chance of achieving the national target of becoming an ICS by 2021.",
      "owner": "NHS England",
      "status": "planned",
      "title": "ICSs cover the whole country (national Long Term Plan target)"
    },
    {
      "date": "2019-09-30",
      "dependsOn": [],
      "id": "ms-jdp-hwb-framework",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Strategic Commissioning.",
      "owner": "",
      "status": "planned",
      "title": "Strategic Framework for the C&W HWB partnership"
    },
    {
      "date": "2019-09-30",
      "dependsOn": [],
      "id": "ms-jdp-commissioner-strategy",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Strategic Commissioning.",
      "owner": "",
      "status": "planned",
      "title": "Strategic Commissioner Strategy & yr1 commissioning intentions (including financial strategy)"
    },
    {
      "date": "2019-06-30",
      "dependsOn": [],
      "id": "ms-jdp-sc-governance",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Strategic Commissioning.",
      "owner": "",
      "status": "planned",
      "title": "Agreed governance and reporting for strategic commissioning team"
    },
    {
      "date": {
        "label": "Throughout 2019/20",
        "when": "2019/20"
      },
      "dependsOn": [],
      "endDate": {
        "label": "End of 2019/20",
        "when": "2020-03-31"
      },
      "id": "ms-jdp-sc-process",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Strategic Commissioning. Paper says 'Throughout 2019/20'.",
      "owner": "",
      "status": "planned",
      "title": "Strategic Commissioning Process for MCYP; Planned Care; and MH"
    },
    {
      "date": "2019-06-30",
      "dependsOn": [],
      "id": "ms-jdp-clinical-leadership",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Strategic Commissioning.",
      "owner": "",
      "status": "planned",
      "title": "Develop the strategic commissioning clinical leadership function/s"
    },
    {
      "date": "2019-09-30",
      "dependsOn": [],
      "id": "ms-jdp-assurance-framework",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Strategic Commissioning.",
      "owner": "",
      "status": "planned",
      "title": "Establish an assurance framework that can be used to inform readiness of Place for ICP contract"
    },
    {
      "date": "2019-11-30",
      "dependsOn": [],
      "id": "ms-jdp-readiness-baseline",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Strategic Commissioning. Paper says 31 November 2019, which does not exist; stored as 30 November 2019.",
      "owner": "",
      "status": "planned",
      "title": "Undertake a baseline assessment of readiness and work with the Places (both provider and delivery commissioning) on a development plan that enables the progression to an ICP contract"
    },
    {
      "date": {
        "label": "Autumn 2019",
        "when": "2019-09 to 2019-11"
      },
      "dependsOn": [],
      "id": "ms-jdp-system-5yr-plan",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Strategic Commissioning. Paper says 'Autumn 2019'.",
      "owner": "",
      "status": "planned",
      "title": "Develop the system 5-year plan"
    },
    {
      "date": "2019-05-31",
      "dependsOn": [],
      "id": "ms-jdp-place-resources",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Place Based Transformation Programme.",
      "owner": "",
      "status": "planned",
      "title": "Develop Place based commissioning transformation resources focused on priority areas – MH; Frailty; Planned Care; Maternity and Paediatrics; CIP/QIPP/Value Boards"
    },
    {
      "date": "2019-06-30",
      "dependsOn": [],
      "id": "ms-jdp-place-5yr-plans",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Place Based Transformation Programme.",
      "owner": "",
      "status": "planned",
      "title": "Support the delivery of Place Based 5 year plans"
    },
    {
      "date": "2019-09-30",
      "dependsOn": [],
      "id": "ms-jdp-place-methodology",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Place Based Transformation Programme.",
      "owner": "",
      "status": "planned",
      "title": "Develop Commissioning at Place transformation and continuous improvement methodology with Provider Alliance"
    },
    {
      "date": {
        "label": "Throughout 2019/20",
        "when": "2019/20"
      },
      "dependsOn": [],
      "endDate": {
        "label": "End of 2019/20",
        "when": "2020-03-31"
      },
      "id": "ms-jdp-enabling-programmes",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Place Based Transformation Programme. Paper says 'Throughout 2019/20'.",
      "owner": "",
      "status": "planned",
      "title": "On behalf of the 4 Places deliver system wide enabling programmes"
    },
    {
      "date": "2019-05-31",
      "dependsOn": [],
      "id": "ms-jdp-place-governance-mechanism",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Place Based Governance. The extracted text reads 'an agreed Governance mechanism governance for reporting'; the repeated word looks like an extraction artefact and is dropped.",
      "owner": "",
      "status": "planned",
      "title": "Develop, for each Place, an agreed Governance mechanism for reporting into existing CCGs for 2019/20"
    },
    {
      "date": "2019-05-31",
      "dependsOn": [],
      "id": "ms-jdp-ics-participation",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Place Based Governance.",
      "owner": "",
      "status": "planned",
      "title": "Ensure governance enables effective participation in the ICS development and enables CCGs to deliver statutory responsibilities"
    },
    {
      "date": "2019-12-31",
      "dependsOn": [],
      "id": "ms-jdp-place-commissioning-governance",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Place Based Governance.",
      "owner": "",
      "status": "planned",
      "title": "Design governance for place-based commissioning"
    },
    {
      "date": "2020-03-31",
      "dependsOn": [],
      "id": "ms-jdp-clinical-leadership-dev",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Place Based Governance. The row sits between the Place Based Governance and Population Health Management blocks; its programme label is unclear in the extracted table.",
      "owner": "",
      "status": "planned",
      "title": "System wide clinical leadership development – stage 1"
    },
    {
      "date": "2019-05-31",
      "dependsOn": [],
      "id": "ms-jdp-phm-baseline",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Population Health Management.",
      "owner": "",
      "status": "planned",
      "title": "Baseline assessment of analytical capacity and capacity for PHM"
    },
    {
      "date": "2019-06-30",
      "dependsOn": [],
      "id": "ms-jdp-phm-methodology",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Population Health Management.",
      "owner": "",
      "status": "planned",
      "title": "Develop the C&W methodology/approach in line with regional approach and obtain agreement with BHBCBV Board"
    },
    {
      "date": "2020-03-31",
      "dependsOn": [],
      "id": "ms-jdp-phm-capacity",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Population Health Management.",
      "owner": "",
      "status": "planned",
      "title": "Develop PHM capacity and capability resources in line with the regional approach"
    },
    {
      "date": {
        "label": "2019/20 (no date given)",
        "when": "2019/20"
      },
      "dependsOn": [],
      "id": "ms-jdp-pcn-transformation",
      "notes": "Joint development plan (Figure 13, section 15 Current progress), deliverables for 2019/20; programme: Primary Care Transformation Programme. The paper gives no date for this row; only the column heading 'Deliverables for 2019/20' applies.",
      "owner": "",
      "status": "planned",
      "title": "Transformation Work with PCNs"
    }
  ],
  "programme": {
    "asOf": "2019-05-22",
    "name": "Coventry & Warwickshire CCGs: future of health commissioning (transition to a single strategic commissioner)",
    "organisations": [
      {
        "accountableOfficer": "Andrea Green",
        "chair": "",
        "id": "org-crccg",
        "kind": "CCG",
        "name": "NHS Coventry & Rugby Clinical Commissioning Group",
        "notes": "Section 4 profile: Parkside House, Quinton Road, Coventry, CV1 2NJ. Local authorities: Coventry City Council (for Coventry), Warwickshire County Council (for Rugby). 2019/20 budget £729.4 million. Staff: 256 (includes several directly provided services). Jointly managed with Warwickshire North CCG since April 2017 (single executive team, Committees-in-Common), separate chairs and lay members. Co-ordinating commissioner for UHCW and CWPT; hosts the IFR team. Chair not named in the paper.",
        "placeIds": [
          "place-coventry",
          "place-rugby"
        ]
      },
      {
        "accountableOfficer": "Gillian Entwistle",
        "chair": "",
        "id": "org-swccg",
        "kind": "CCG",
        "name": "NHS South Warwickshire Clinical Commissioning Group",
        "notes": "Section 4 profile: Westgate House, Market Street, Warwick, CV34 4DE. Local authority: Warwickshire County Council. 2019/20 budget £404 million per the profile, but Figure 15 (financial position 2019/20) shows a total budget of £398.7m: the paper contradicts itself; the budget lines use Figure 15. Staff: 52. Co-ordinating commissioner for SWFT; lead commissioner for Out of Hours. Chair not named in the paper.",
        "placeIds": [
          "place-southwarks"
        ]
      },
      {
        "accountableOfficer": "Andrea Green",
        "chair": "",
        "id": "org-wnccg",
        "kind": "CCG",
        "name": "NHS Warwickshire North Clinical Commissioning Group",
        "notes": "Section 4 profile: Heron House, Newdegate Street, Nuneaton, CV11 4EL. Local authority: Warwickshire County Council. 2019/20 budget £282.7 million. Staff: 53. Jointly managed with Coventry & Rugby CCG since April 2017. Co-ordinating commissioner for George Eliot Hospital and other Warwickshire-wide services. Chair not named in the paper.",
        "placeIds": [
          "place-warksnorth"
        ]
      }
    ],
    "places": [
      {
        "id": "place-coventry",
        "name": "Coventry",
        "notes": "Figure 2 (GP registered list size by 'Place'), list sizes at 1 January 2019. Registrations grew 2% during 2018. Local authority: Coventry City Council.",
        "organisationIds": [
          "org-crccg"
        ],
        "pcns": 7,
        "practices": 56,
        "registeredPopulation": 411972
      },
      {
        "id": "place-rugby",
        "name": "Rugby",
        "notes": "Figure 2, list sizes at 1 January 2019. Registrations grew 2% during 2018. Served by Coventry & Rugby CCG; a process has commenced to identify the Rugby share of the Coventry & Rugby allocation (section 17).",
        "organisationIds": [
          "org-crccg"
        ],
        "pcns": 1,
        "practices": 12,
        "registeredPopulation": 110691
      },
      {
        "id": "place-southwarks",
        "name": "South Warwickshire",
        "notes": "Figure 2, list sizes at 1 January 2019. Registrations grew 2% during 2018.",
        "organisationIds": [
          "org-swccg"
        ],
        "pcns": 7,
        "practices": 33,
        "registeredPopulation": 291291
      },
      {
        "id": "place-warksnorth",
        "name": "Warwickshire North",
        "notes": "Figure 2, list sizes at 1 January 2019. Registrations grew 1% during 2018.",
        "organisationIds": [
          "org-wnccg"
        ],
        "pcns": 4,
        "practices": 26,
        "registeredPopulation": 192278
      }
    ],
    "source": "Transition Case for Change: Proposal for Clinical Commissioning in Coventry & Warwickshire (document title 'CCGs Case for Change', author Liz McLean; created 16 May 2019, final v7 22 May 2019 with 'Correction to total number in figure 2, p9'), for the Governing Bodies of NHS Coventry & Rugby CCG, NHS South Warwickshire CCG and NHS Warwickshire North CCG, late May 2019 (the paper says the case for change was 'due to be presented to the CCG governing bodies in late May 2019'). asOf 22 May 2019 = the date the paper went to the Coventry & Rugby and Warwickshire North Governing Bodies as reported by HSJ; the paper itself gives no meeting date, and South Warwickshire's meeting date is not stated.",
    "system": "Coventry & Warwickshire STP ('Better Health, Better Care, Better Value' Partnership), developing into an ICS"
  },
  "recommendations": [
    {
      "id": "rec-support-option3",
      "kind": "endorse",
      "minute": "",
      "outcome": "pending",
      "text": "That the Governing Body support Option 3"
    },
    {
      "id": "rec-member-vote",
      "kind": "agree",
      "minute": "",
      "outcome": "pending",
      "text": "That CCG member practices are asked to choose (by voting) either Option 2 or Option 3"
    }
  ],
  "schemaVersion": 2
}
"""#
}

extension BuiltInExample {
    /// The file's bytes (the multi-line literal drops the final newline).
    public static var bytes: [UInt8] { Array((json + "\n").utf8) }
}
