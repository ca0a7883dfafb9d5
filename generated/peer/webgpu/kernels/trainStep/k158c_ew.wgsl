// kernel k158c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t905: array<f32>;
@group(0) @binding(2) var<storage, read_write> t910: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_ln1_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t914: array<f32>;
@group(0) @binding(5) var<storage, read> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t817: array<f32>;
@group(0) @binding(7) var<storage, read_write> t919: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l906: f32 = p_optim_m_blocks_0_ln1_b[i];
    let v908: f32 = l906 * 0.9f;
    let x905: f32 = t905[i];
    let v909: f32 = x905 * 0.1f;
    let v910: f32 = v908 + v909;
    t910[i] = v910;
    let l907: f32 = p_optim_v_blocks_0_ln1_b[i];
    let v911: f32 = l907 * 0.95f;
    let v912: f32 = x905 * x905;
    let v913: f32 = v912 * 0.05f;
    let v914: f32 = v911 + v913;
    t914[i] = v914;
    let v915: f32 = sqrt(v914);
    let l896: f32 = t818[0i];
    let v916: f32 = v915 / l896;
    let v917: f32 = v916 + 1e-8f;
    let v918: f32 = v910 / v917;
    let l902: f32 = t817[0i];
    let v919: f32 = v918 * l902;
    t919[i] = v919;
  }
}
