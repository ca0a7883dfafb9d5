// kernel k104b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t964: array<f32>;
@group(0) @binding(3) var<storage, read> t975: array<f32>;
@group(0) @binding(4) var<storage, read> t688: array<f32>;
@group(0) @binding(5) var<storage, read_write> t981: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k104b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_blocks_0_mlp_fc_w[i];
  let l976: f32 = t714[0i];
  let v977: f32 = l14 * l976;
  let x964: f32 = t964[i];
  let x975: f32 = t975[i];
  let v978: f32 = x964 / x975;
  let l979: f32 = t688[0i];
  let v980: f32 = v978 * l979;
  let v981: f32 = v977 - v980;
  t981[i] = v981;
}
