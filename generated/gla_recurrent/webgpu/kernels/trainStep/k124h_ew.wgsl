// kernel k124h_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t870: array<f32>;
@group(0) @binding(3) var<storage, read> t877: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t881: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_attn_wr_w[i];
  let l757: f32 = t701[0i];
  let v878: f32 = l8 * l757;
  let x870: f32 = t870[i];
  let x877: f32 = t877[i];
  let v879: f32 = x870 / x877;
  let l760: f32 = t675[0i];
  let v880: f32 = v879 * l760;
  let v881: f32 = v878 - v880;
  t881[i] = v881;
}
