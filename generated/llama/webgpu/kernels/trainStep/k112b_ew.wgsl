// kernel k112b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t606: array<f32>;
@group(0) @binding(3) var<storage, read> t618: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t629: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l623: f32 = t621[0i];
  let v624: f32 = l0 * l623;
  let x606: f32 = t606[i];
  let x618: f32 = t618[i];
  let v625: f32 = x606 / x618;
  let l627: f32 = t595[0i];
  let v628: f32 = v625 * l627;
  let v629: f32 = v624 - v628;
  t629[i] = v629;
}
