// kernel k152b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t895: array<f32>;
@group(0) @binding(3) var<storage, read> t906: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t912: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k152b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wq_b_w[i];
  let l907: f32 = t801[0i];
  let v908: f32 = l4 * l907;
  let x895: f32 = t895[i];
  let x906: f32 = t906[i];
  let v909: f32 = x895 / x906;
  let l910: f32 = t775[0i];
  let v911: f32 = v909 * l910;
  let v912: f32 = v908 - v911;
  t912[i] = v912;
}
