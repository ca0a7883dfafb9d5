// kernel k13h_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t546: array<f32>;
@group(0) @binding(1) var<storage, read> t479: array<f32>;
@group(0) @binding(2) var<storage, read> t318: array<f32>;
@group(0) @binding(3) var<storage, read_write> t552: array<f32>;
@group(0) @binding(4) var<storage, read> t305: array<f32>;
@group(0) @binding(5) var<storage, read_write> t558: array<f32>;
@group(0) @binding(6) var<storage, read> t292: array<f32>;
@group(0) @binding(7) var<storage, read_write> t564: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x546: f32 = t546[i];
  let v549: f32 = x546 * 0.9f;
  let l550: f32 = t479[768i + i / 128i * 2048i + i % 128i];
  let x318: f32 = t318[i];
  let v551: f32 = l550 * x318;
  let v552: f32 = v549 + v551;
  t552[i] = v552;
  let v555: f32 = v552 * 0.9f;
  let l556: f32 = t479[640i + i / 128i * 2048i + i % 128i];
  let x305: f32 = t305[i];
  let v557: f32 = l556 * x305;
  let v558: f32 = v555 + v557;
  t558[i] = v558;
  let v561: f32 = v558 * 0.9f;
  let l562: f32 = t479[512i + i / 128i * 2048i + i % 128i];
  let x292: f32 = t292[i];
  let v563: f32 = l562 * x292;
  let v564: f32 = v561 + v563;
  t564[i] = v564;
}
