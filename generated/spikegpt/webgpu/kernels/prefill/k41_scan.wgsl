// kernel k41_scan (compiler/std/ssm.loom:65:10)
@group(0) @binding(0) var<storage, read_write> t252: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_time_first: array<f32>;
@group(0) @binding(2) var<storage, read> t239: array<f32>;
@group(0) @binding(3) var<storage, read> t248: array<f32>;
@group(0) @binding(4) var<storage, read> t230: array<f32>;
@group(0) @binding(5) var<storage, read> in_length: array<f32>;
var<workgroup> v9: array<f32, 64>;
var<workgroup> v10: array<f32, 64>;
var<workgroup> v11: array<f32, 64>;
var<workgroup> v12: array<f32, 64>;
var<workgroup> v13: array<f32, 64>;
var<workgroup> v14: array<f32, 64>;
var<workgroup> v15: array<f32, 64>;
var<workgroup> v16: array<f32, 64>;
var<workgroup> v17: array<f32, 64>;
var<workgroup> v18: array<f32, 64>;
var<workgroup> v19: array<f32, 64>;
var<workgroup> v20: array<f32, 64>;
var<workgroup> v21: array<f32, 64>;
var<workgroup> v22: array<f32, 64>;
var<workgroup> v23: array<f32, 64>;
var<workgroup> v24: array<f32, 64>;
var<workgroup> v25: array<f32, 64>;
var<workgroup> v26: array<f32, 64>;
var<workgroup> v27: array<f32, 64>;
var<workgroup> v28: array<f32, 64>;
var<workgroup> v29: array<f32, 64>;
var<workgroup> v30: array<f32, 64>;
var<workgroup> v31: array<f32, 64>;
var<workgroup> v32: array<f32, 64>;
var<workgroup> v33: array<f32, 64>;
var<workgroup> v34: array<f32, 64>;
var<workgroup> v35: array<f32, 64>;
var<workgroup> v36: array<f32, 64>;
var<workgroup> v37: array<f32, 64>;
var<workgroup> v38: array<f32, 64>;
var<workgroup> v39: array<f32, 64>;
var<workgroup> v40: array<f32, 64>;
var<workgroup> v41: array<f32, 64>;
var<workgroup> v42: array<f32, 64>;
var<workgroup> v43: array<f32, 64>;
var<workgroup> v44: array<f32, 64>;
var<workgroup> v45: array<f32, 64>;
var<workgroup> v46: array<f32, 64>;
var<workgroup> v47: array<f32, 64>;
var<workgroup> v48: array<f32, 64>;
var<workgroup> v49: array<f32, 64>;
var<workgroup> v50: array<f32, 64>;
var<workgroup> v51: array<f32, 64>;
var<workgroup> v52: array<f32, 1>;
var<workgroup> v53: array<f32, 1>;
var<workgroup> v54: array<f32, 1>;
var<workgroup> v55: array<f32, 64>;
var<workgroup> v56: array<f32, 64>;
var<workgroup> v57: array<f32, 1>;
var<workgroup> v58: array<f32, 64>;
var<workgroup> v59: array<f32, 64>;
var<workgroup> v60: array<f32, 1>;
var<workgroup> v61: array<f32, 64>;
var<workgroup> v62: array<f32, 64>;
var<workgroup> state0: array<f32, 64>;
var<workgroup> state1: array<f32, 64>;
var<workgroup> state2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k41_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 64i; e += 64i) {
    state0[e] = 0.0f;
  }
  for (var e_1: i32 = i32(loom_lid.x); e_1 < 64i; e_1 += 64i) {
    state1[e_1] = 0.0f;
  }
  for (var e_2: i32 = i32(loom_lid.x); e_2 < 64i; e_2 += 64i) {
    state2[e_2] = -1e+38f;
  }
  workgroupBarrier();
  for (var step: i32 = 0i; step < 64i; step++) {
    let t: i32 = step;
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 64i; e_3 += 64i) {
      let l24: f32 = p_blocks_1_att_time_first[e_3 % 64i];
      v9[e_3] = l24;
    }
    workgroupBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 64i; e_4 += 64i) {
      let a: f32 = v9[e_4];
      let l239: f32 = t239[t * 64i + e_4 % 64i];
      v10[e_4] = a + l239;
    }
    workgroupBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 64i; e_5 += 64i) {
      let a_1: f32 = state2[e_5];
      let a_2: f32 = v10[e_5];
      v11[e_5] = max(a_1, a_2);
    }
    workgroupBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 64i; e_6 += 64i) {
      let a_3: f32 = v11[e_6];
      v12[e_6] = a_3;
    }
    workgroupBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 64i; e_7 += 64i) {
      let a_4: f32 = state2[e_7];
      let a_5: f32 = v12[e_7];
      v13[e_7] = a_4 - a_5;
    }
    workgroupBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 64i; e_8 += 64i) {
      let a_6: f32 = v13[e_8];
      v14[e_8] = exp(a_6);
    }
    workgroupBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 64i; e_9 += 64i) {
      let a_7: f32 = v14[e_9];
      let a_8: f32 = state0[e_9];
      v15[e_9] = a_7 * a_8;
    }
    workgroupBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 64i; e_10 += 64i) {
      let l24_1: f32 = p_blocks_1_att_time_first[e_10 % 64i];
      v16[e_10] = l24_1;
    }
    workgroupBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 64i; e_11 += 64i) {
      let a_9: f32 = v16[e_11];
      let l239_1: f32 = t239[t * 64i + e_11 % 64i];
      v17[e_11] = a_9 + l239_1;
    }
    workgroupBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 64i; e_12 += 64i) {
      let a_10: f32 = v17[e_12];
      let a_11: f32 = v12[e_12];
      v18[e_12] = a_10 - a_11;
    }
    workgroupBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 64i; e_13 += 64i) {
      let a_12: f32 = v18[e_13];
      v19[e_13] = exp(a_12);
    }
    workgroupBarrier();
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 64i; e_14 += 64i) {
      let a_13: f32 = v19[e_14];
      let l248: f32 = t248[t * 64i + e_14 % 64i];
      v20[e_14] = a_13 * l248;
    }
    workgroupBarrier();
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 64i; e_15 += 64i) {
      let a_14: f32 = v15[e_15];
      let a_15: f32 = v20[e_15];
      v21[e_15] = a_14 + a_15;
    }
    workgroupBarrier();
    for (var e_16: i32 = i32(loom_lid.x); e_16 < 64i; e_16 += 64i) {
      let a_16: f32 = state2[e_16];
      let a_17: f32 = v12[e_16];
      v22[e_16] = a_16 - a_17;
    }
    workgroupBarrier();
    for (var e_17: i32 = i32(loom_lid.x); e_17 < 64i; e_17 += 64i) {
      let a_18: f32 = v22[e_17];
      v23[e_17] = exp(a_18);
    }
    workgroupBarrier();
    for (var e_18: i32 = i32(loom_lid.x); e_18 < 64i; e_18 += 64i) {
      let a_19: f32 = v23[e_18];
      let a_20: f32 = state1[e_18];
      v24[e_18] = a_19 * a_20;
    }
    workgroupBarrier();
    for (var e_19: i32 = i32(loom_lid.x); e_19 < 64i; e_19 += 64i) {
      let l24_2: f32 = p_blocks_1_att_time_first[e_19 % 64i];
      v25[e_19] = l24_2;
    }
    workgroupBarrier();
    for (var e_20: i32 = i32(loom_lid.x); e_20 < 64i; e_20 += 64i) {
      let a_21: f32 = v25[e_20];
      let l239_2: f32 = t239[t * 64i + e_20 % 64i];
      v26[e_20] = a_21 + l239_2;
    }
    workgroupBarrier();
    for (var e_21: i32 = i32(loom_lid.x); e_21 < 64i; e_21 += 64i) {
      let a_22: f32 = v26[e_21];
      let a_23: f32 = v12[e_21];
      v27[e_21] = a_22 - a_23;
    }
    workgroupBarrier();
    for (var e_22: i32 = i32(loom_lid.x); e_22 < 64i; e_22 += 64i) {
      let a_24: f32 = v27[e_22];
      v28[e_22] = exp(a_24);
    }
    workgroupBarrier();
    for (var e_23: i32 = i32(loom_lid.x); e_23 < 64i; e_23 += 64i) {
      let a_25: f32 = v24[e_23];
      let a_26: f32 = v28[e_23];
      v29[e_23] = a_25 + a_26;
    }
    workgroupBarrier();
    for (var e_24: i32 = i32(loom_lid.x); e_24 < 64i; e_24 += 64i) {
      let a_27: f32 = v21[e_24];
      let a_28: f32 = v29[e_24];
      v30[e_24] = a_27 / a_28;
    }
    workgroupBarrier();
    for (var e_25: i32 = i32(loom_lid.x); e_25 < 64i; e_25 += 64i) {
      let l230: f32 = t230[e_25 % 64i];
      v31[e_25] = l230;
    }
    workgroupBarrier();
    for (var e_26: i32 = i32(loom_lid.x); e_26 < 64i; e_26 += 64i) {
      let a_29: f32 = state2[e_26];
      let a_30: f32 = v31[e_26];
      v32[e_26] = a_29 - a_30;
    }
    workgroupBarrier();
    for (var e_27: i32 = i32(loom_lid.x); e_27 < 64i; e_27 += 64i) {
      let a_31: f32 = v32[e_27];
      let l239_3: f32 = t239[t * 64i + e_27 % 64i];
      v33[e_27] = max(a_31, l239_3);
    }
    workgroupBarrier();
    for (var e_28: i32 = i32(loom_lid.x); e_28 < 64i; e_28 += 64i) {
      let a_32: f32 = v33[e_28];
      v34[e_28] = a_32;
    }
    workgroupBarrier();
    for (var e_29: i32 = i32(loom_lid.x); e_29 < 64i; e_29 += 64i) {
      let l230_1: f32 = t230[e_29 % 64i];
      v35[e_29] = l230_1;
    }
    workgroupBarrier();
    for (var e_30: i32 = i32(loom_lid.x); e_30 < 64i; e_30 += 64i) {
      let a_33: f32 = state2[e_30];
      let a_34: f32 = v35[e_30];
      v36[e_30] = a_33 - a_34;
    }
    workgroupBarrier();
    for (var e_31: i32 = i32(loom_lid.x); e_31 < 64i; e_31 += 64i) {
      let a_35: f32 = v36[e_31];
      let a_36: f32 = v34[e_31];
      v37[e_31] = a_35 - a_36;
    }
    workgroupBarrier();
    for (var e_32: i32 = i32(loom_lid.x); e_32 < 64i; e_32 += 64i) {
      let a_37: f32 = v37[e_32];
      v38[e_32] = exp(a_37);
    }
    workgroupBarrier();
    for (var e_33: i32 = i32(loom_lid.x); e_33 < 64i; e_33 += 64i) {
      let a_38: f32 = v38[e_33];
      let a_39: f32 = state0[e_33];
      v39[e_33] = a_38 * a_39;
    }
    workgroupBarrier();
    for (var e_34: i32 = i32(loom_lid.x); e_34 < 64i; e_34 += 64i) {
      let l239_4: f32 = t239[t * 64i + e_34 % 64i];
      let a_40: f32 = v34[e_34];
      v40[e_34] = l239_4 - a_40;
    }
    workgroupBarrier();
    for (var e_35: i32 = i32(loom_lid.x); e_35 < 64i; e_35 += 64i) {
      let a_41: f32 = v40[e_35];
      v41[e_35] = exp(a_41);
    }
    workgroupBarrier();
    for (var e_36: i32 = i32(loom_lid.x); e_36 < 64i; e_36 += 64i) {
      let a_42: f32 = v41[e_36];
      let l248_1: f32 = t248[t * 64i + e_36 % 64i];
      v42[e_36] = a_42 * l248_1;
    }
    workgroupBarrier();
    for (var e_37: i32 = i32(loom_lid.x); e_37 < 64i; e_37 += 64i) {
      let a_43: f32 = v39[e_37];
      let a_44: f32 = v42[e_37];
      v43[e_37] = a_43 + a_44;
    }
    workgroupBarrier();
    for (var e_38: i32 = i32(loom_lid.x); e_38 < 64i; e_38 += 64i) {
      let l230_2: f32 = t230[e_38 % 64i];
      v44[e_38] = l230_2;
    }
    workgroupBarrier();
    for (var e_39: i32 = i32(loom_lid.x); e_39 < 64i; e_39 += 64i) {
      let a_45: f32 = state2[e_39];
      let a_46: f32 = v44[e_39];
      v45[e_39] = a_45 - a_46;
    }
    workgroupBarrier();
    for (var e_40: i32 = i32(loom_lid.x); e_40 < 64i; e_40 += 64i) {
      let a_47: f32 = v45[e_40];
      let a_48: f32 = v34[e_40];
      v46[e_40] = a_47 - a_48;
    }
    workgroupBarrier();
    for (var e_41: i32 = i32(loom_lid.x); e_41 < 64i; e_41 += 64i) {
      let a_49: f32 = v46[e_41];
      v47[e_41] = exp(a_49);
    }
    workgroupBarrier();
    for (var e_42: i32 = i32(loom_lid.x); e_42 < 64i; e_42 += 64i) {
      let a_50: f32 = v47[e_42];
      let a_51: f32 = state1[e_42];
      v48[e_42] = a_50 * a_51;
    }
    workgroupBarrier();
    for (var e_43: i32 = i32(loom_lid.x); e_43 < 64i; e_43 += 64i) {
      let l239_5: f32 = t239[t * 64i + e_43 % 64i];
      let a_52: f32 = v34[e_43];
      v49[e_43] = l239_5 - a_52;
    }
    workgroupBarrier();
    for (var e_44: i32 = i32(loom_lid.x); e_44 < 64i; e_44 += 64i) {
      let a_53: f32 = v49[e_44];
      v50[e_44] = exp(a_53);
    }
    workgroupBarrier();
    for (var e_45: i32 = i32(loom_lid.x); e_45 < 64i; e_45 += 64i) {
      let a_54: f32 = v48[e_45];
      let a_55: f32 = v50[e_45];
      v51[e_45] = a_54 + a_55;
    }
    workgroupBarrier();
    for (var e_46: i32 = i32(loom_lid.x); e_46 < 1i; e_46 += 64i) {
      let l86: f32 = in_length[0i];
      v52[e_46] = l86;
    }
    workgroupBarrier();
    for (var e_47: i32 = i32(loom_lid.x); e_47 < 1i; e_47 += 64i) {
      let a_56: f32 = f32(t);
      let a_57: f32 = v52[e_47];
      v53[e_47] = f32(a_56 < a_57);
    }
    workgroupBarrier();
    for (var e_48: i32 = i32(loom_lid.x); e_48 < 1i; e_48 += 64i) {
      let a_58: bool = v53[e_48] != 0.0f;
      v54[e_48] = f32(a_58);
    }
    workgroupBarrier();
    for (var e_49: i32 = i32(loom_lid.x); e_49 < 64i; e_49 += 64i) {
      let a_59: bool = v54[0i] != 0.0f;
      v55[e_49] = f32(a_59);
    }
    workgroupBarrier();
    for (var e_50: i32 = i32(loom_lid.x); e_50 < 64i; e_50 += 64i) {
      let a_60: bool = v55[e_50] != 0.0f;
      let a_61: f32 = v43[e_50];
      let a_62: f32 = state0[e_50];
      v56[e_50] = select(a_62, a_61, a_60);
    }
    workgroupBarrier();
    for (var e_51: i32 = i32(loom_lid.x); e_51 < 1i; e_51 += 64i) {
      let a_63: bool = v53[e_51] != 0.0f;
      v57[e_51] = f32(a_63);
    }
    workgroupBarrier();
    for (var e_52: i32 = i32(loom_lid.x); e_52 < 64i; e_52 += 64i) {
      let a_64: bool = v57[0i] != 0.0f;
      v58[e_52] = f32(a_64);
    }
    workgroupBarrier();
    for (var e_53: i32 = i32(loom_lid.x); e_53 < 64i; e_53 += 64i) {
      let a_65: bool = v58[e_53] != 0.0f;
      let a_66: f32 = v51[e_53];
      let a_67: f32 = state1[e_53];
      v59[e_53] = select(a_67, a_66, a_65);
    }
    workgroupBarrier();
    for (var e_54: i32 = i32(loom_lid.x); e_54 < 1i; e_54 += 64i) {
      let a_68: bool = v53[e_54] != 0.0f;
      v60[e_54] = f32(a_68);
    }
    workgroupBarrier();
    for (var e_55: i32 = i32(loom_lid.x); e_55 < 64i; e_55 += 64i) {
      let a_69: bool = v60[0i] != 0.0f;
      v61[e_55] = f32(a_69);
    }
    workgroupBarrier();
    for (var e_56: i32 = i32(loom_lid.x); e_56 < 64i; e_56 += 64i) {
      let a_70: bool = v61[e_56] != 0.0f;
      let a_71: f32 = v34[e_56];
      let a_72: f32 = state2[e_56];
      v62[e_56] = select(a_72, a_71, a_70);
    }
    workgroupBarrier();
    for (var e_57: i32 = i32(loom_lid.x); e_57 < 64i; e_57 += 64i) {
      t252[t * 64i + e_57] = v30[e_57];
    }
    for (var e_58: i32 = i32(loom_lid.x); e_58 < 64i; e_58 += 64i) {
      state0[e_58] = v56[e_58];
    }
    for (var e_59: i32 = i32(loom_lid.x); e_59 < 64i; e_59 += 64i) {
      state1[e_59] = v59[e_59];
    }
    for (var e_60: i32 = i32(loom_lid.x); e_60 < 64i; e_60 += 64i) {
      state2[e_60] = v62[e_60];
    }
    workgroupBarrier();
  }
  for (var e_61: i32 = i32(loom_lid.x); e_61 < 64i; e_61 += 64i) {
    t252[4096i + e_61] = state0[e_61];
  }
  for (var e_62: i32 = i32(loom_lid.x); e_62 < 64i; e_62 += 64i) {
    t252[4160i + e_62] = state1[e_62];
  }
  for (var e_63: i32 = i32(loom_lid.x); e_63 < 64i; e_63 += 64i) {
    t252[4224i + e_63] = state2[e_63];
  }
}
