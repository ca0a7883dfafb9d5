// kernel k127b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t963: array<f32>;
@group(0) @binding(3) var<storage, read> t974: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t980: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_0_mlp_w1_w[i];
  let l975: f32 = t701[0i];
  let v976: f32 = l13 * l975;
  let x963: f32 = t963[i];
  let x974: f32 = t974[i];
  let v977: f32 = x963 / x974;
  let l978: f32 = t675[0i];
  let v979: f32 = v977 * l978;
  let v980: f32 = v976 - v979;
  t980[i] = v980;
}
