// kernel k11h_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t539: array<f32>;
@group(0) @binding(1) var<storage, read> t472: array<f32>;
@group(0) @binding(2) var<storage, read> t314: array<f32>;
@group(0) @binding(3) var<storage, read_write> t545: array<f32>;
@group(0) @binding(4) var<storage, read> t301: array<f32>;
@group(0) @binding(5) var<storage, read_write> t551: array<f32>;
@group(0) @binding(6) var<storage, read> t288: array<f32>;
@group(0) @binding(7) var<storage, read_write> t557: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x539: f32 = t539[i];
  let v542: f32 = x539 * 0.9f;
  let l543: f32 = t472[768i + i / 128i * 2048i + i % 128i];
  let x314: f32 = t314[i];
  let v544: f32 = l543 * x314;
  let v545: f32 = v542 + v544;
  t545[i] = v545;
  let v548: f32 = v545 * 0.9f;
  let l549: f32 = t472[640i + i / 128i * 2048i + i % 128i];
  let x301: f32 = t301[i];
  let v550: f32 = l549 * x301;
  let v551: f32 = v548 + v550;
  t551[i] = v551;
  let v554: f32 = v551 * 0.9f;
  let l555: f32 = t472[512i + i / 128i * 2048i + i % 128i];
  let x288: f32 = t288[i];
  let v556: f32 = l555 * x288;
  let v557: f32 = v554 + v556;
  t557[i] = v557;
}
