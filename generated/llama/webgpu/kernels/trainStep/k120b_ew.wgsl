// kernel k120b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t826: array<f32>;
@group(0) @binding(3) var<storage, read> t837: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t843: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_mlp_w2_w[i];
  let l838: f32 = t663[0i];
  let v839: f32 = l8 * l838;
  let x826: f32 = t826[i];
  let x837: f32 = t837[i];
  let v840: f32 = x826 / x837;
  let l841: f32 = t637[0i];
  let v842: f32 = v840 * l841;
  let v843: f32 = v839 - v842;
  t843[i] = v843;
}
