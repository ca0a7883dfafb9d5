// kernel k11g_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t521: array<f32>;
@group(0) @binding(1) var<storage, read> t472: array<f32>;
@group(0) @binding(2) var<storage, read> t353: array<f32>;
@group(0) @binding(3) var<storage, read_write> t527: array<f32>;
@group(0) @binding(4) var<storage, read> t340: array<f32>;
@group(0) @binding(5) var<storage, read_write> t533: array<f32>;
@group(0) @binding(6) var<storage, read> t327: array<f32>;
@group(0) @binding(7) var<storage, read_write> t539: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x521: f32 = t521[i];
  let v524: f32 = x521 * 0.9f;
  let l525: f32 = t472[1152i + i / 128i * 2048i + i % 128i];
  let x353: f32 = t353[i];
  let v526: f32 = l525 * x353;
  let v527: f32 = v524 + v526;
  t527[i] = v527;
  let v530: f32 = v527 * 0.9f;
  let l531: f32 = t472[1024i + i / 128i * 2048i + i % 128i];
  let x340: f32 = t340[i];
  let v532: f32 = l531 * x340;
  let v533: f32 = v530 + v532;
  t533[i] = v533;
  let v536: f32 = v533 * 0.9f;
  let l537: f32 = t472[896i + i / 128i * 2048i + i % 128i];
  let x327: f32 = t327[i];
  let v538: f32 = l537 * x327;
  let v539: f32 = v536 + v538;
  t539[i] = v539;
}
