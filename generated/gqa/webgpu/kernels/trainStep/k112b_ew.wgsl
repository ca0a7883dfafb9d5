// kernel k112b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t608: array<f32>;
@group(0) @binding(3) var<storage, read> t620: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t631: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l625: f32 = t623[0i];
  let v626: f32 = l0 * l625;
  let x608: f32 = t608[i];
  let x620: f32 = t620[i];
  let v627: f32 = x608 / x620;
  let l629: f32 = t597[0i];
  let v630: f32 = v627 * l629;
  let v631: f32 = v626 - v630;
  t631[i] = v631;
}
