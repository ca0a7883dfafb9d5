// kernel k89_ew
@group(0) @binding(0) var<storage, read> t454: array<f32>;
@group(0) @binding(1) var<storage, read> t349: array<f32>;
@group(0) @binding(2) var<storage, read_write> t457: array<f32>;
@group(0) @binding(3) var<storage, read> t350: array<f32>;
@group(0) @binding(4) var<storage, read> t348: array<f32>;
@group(0) @binding(5) var<storage, read> t347: array<f32>;
@group(0) @binding(6) var<storage, read_write> t466: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k89_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l454: f32 = t454[i];
  let l349: f32 = t349[i];
  let v457: f32 = l454 * l349;
  t457[i] = v457;
  let l350: f32 = t350[i];
  let v456: f32 = l454 * l350;
  let l348: f32 = t348[i];
  let v460: f32 = v456 * l348;
  let l347: f32 = t347[i];
  let v461: f32 = v456 * l347;
  let v463: f32 = 1.0f - l348;
  let v464: f32 = l348 * v463;
  let v465: f32 = v461 * v464;
  let v466: f32 = v460 + v465;
  t466[i] = v466;
}
