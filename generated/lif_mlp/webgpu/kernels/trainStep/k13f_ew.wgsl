// kernel k13f_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t513: array<f32>;
@group(0) @binding(1) var<storage, read> t479: array<f32>;
@group(0) @binding(2) var<storage, read> t396: array<f32>;
@group(0) @binding(3) var<storage, read_write> t516: array<f32>;
@group(0) @binding(4) var<storage, read> t383: array<f32>;
@group(0) @binding(5) var<storage, read_write> t522: array<f32>;
@group(0) @binding(6) var<storage, read> t370: array<f32>;
@group(0) @binding(7) var<storage, read_write> t528: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x513: f32 = t513[i];
  let l514: f32 = t479[1536i + i / 128i * 2048i + i % 128i];
  let x396: f32 = t396[i];
  let v515: f32 = l514 * x396;
  let v516: f32 = x513 + v515;
  t516[i] = v516;
  let v519: f32 = v516 * 0.9f;
  let l520: f32 = t479[1408i + i / 128i * 2048i + i % 128i];
  let x383: f32 = t383[i];
  let v521: f32 = l520 * x383;
  let v522: f32 = v519 + v521;
  t522[i] = v522;
  let v525: f32 = v522 * 0.9f;
  let l526: f32 = t479[1280i + i / 128i * 2048i + i % 128i];
  let x370: f32 = t370[i];
  let v527: f32 = l526 * x370;
  let v528: f32 = v525 + v527;
  t528[i] = v528;
}
