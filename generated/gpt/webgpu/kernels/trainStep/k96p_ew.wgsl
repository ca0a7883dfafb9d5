// kernel k96p_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t350: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1005: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln1_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1009: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1013: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1001: f32 = p_optim_m_blocks_1_ln1_g[i];
    let v1003: f32 = l1001 * 0.9f;
    let l351: f32 = t350[i];
    let l711: f32 = t640[0i];
    let v1000: f32 = l351 * l711;
    let v1004: f32 = v1000 * 0.1f;
    let v1005: f32 = v1003 + v1004;
    t1005[i] = v1005;
    let l1002: f32 = p_optim_v_blocks_1_ln1_g[i];
    let v1006: f32 = l1002 * 0.95f;
    let v1007: f32 = v1000 * v1000;
    let v1008: f32 = v1007 * 0.05f;
    let v1009: f32 = v1006 + v1008;
    t1009[i] = v1009;
    let v1010: f32 = sqrt(v1009);
    let l728: f32 = t650[0i];
    let v1011: f32 = v1010 / l728;
    let v1012: f32 = v1011 + 1e-8f;
    let v1013: f32 = v1005 / v1012;
    t1013[i] = v1013;
  }
}
