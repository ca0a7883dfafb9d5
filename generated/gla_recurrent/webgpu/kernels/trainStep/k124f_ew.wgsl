// kernel k124f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t785: array<f32>;
@group(0) @binding(3) var<storage, read> t792: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t796: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l757: f32 = t701[0i];
  let v793: f32 = l4 * l757;
  let x785: f32 = t785[i];
  let x792: f32 = t792[i];
  let v794: f32 = x785 / x792;
  let l760: f32 = t675[0i];
  let v795: f32 = v794 * l760;
  let v796: f32 = v793 - v795;
  t796[i] = v796;
}
