// kernel k145ai_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1575: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1584: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1580: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1590: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145ai_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1577: f32 = p_optim_v_blocks_1_ln2_g[i];
    let v1581: f32 = l1577 * 0.95f;
    let x1575: f32 = t1575[i];
    let v1582: f32 = x1575 * x1575;
    let v1583: f32 = v1582 * 0.05f;
    let v1584: f32 = v1581 + v1583;
    t1584[i] = v1584;
    let l32: f32 = p_blocks_1_ln2_g[i];
    let x1580: f32 = t1580[i];
    let v1585: f32 = sqrt(v1584);
    let l1057: f32 = t1005[0i];
    let v1586: f32 = v1585 / l1057;
    let v1587: f32 = v1586 + 1e-8f;
    let v1588: f32 = x1580 / v1587;
    let l1063: f32 = t1004[0i];
    let v1589: f32 = v1588 * l1063;
    let v1590: f32 = l32 - v1589;
    t1590[i] = v1590;
  }
}
