// kernel k128j_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1032: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1041: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1037: array<f32>;
@group(0) @binding(5) var<storage, read> t746: array<f32>;
@group(0) @binding(6) var<storage, read> t745: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1047: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1034: f32 = p_optim_v_blocks_1_ln1_g[i];
    let v1038: f32 = l1034 * 0.95f;
    let x1032: f32 = t1032[i];
    let v1039: f32 = x1032 * x1032;
    let v1040: f32 = v1039 * 0.05f;
    let v1041: f32 = v1038 + v1040;
    t1041[i] = v1041;
    let l14: f32 = p_blocks_1_ln1_g[i];
    let x1037: f32 = t1037[i];
    let v1042: f32 = sqrt(v1041);
    let l824: f32 = t746[0i];
    let v1043: f32 = v1042 / l824;
    let v1044: f32 = v1043 + 1e-8f;
    let v1045: f32 = x1037 / v1044;
    let l830: f32 = t745[0i];
    let v1046: f32 = v1045 * l830;
    let v1047: f32 = l14 - v1046;
    t1047[i] = v1047;
  }
}
