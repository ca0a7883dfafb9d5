// kernel k112f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read> t708: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t712: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l673: f32 = t617[0i];
  let v709: f32 = l4 * l673;
  let x701: f32 = t701[i];
  let x708: f32 = t708[i];
  let v710: f32 = x701 / x708;
  let l676: f32 = t591[0i];
  let v711: f32 = v710 * l676;
  let v712: f32 = v709 - v711;
  t712[i] = v712;
}
