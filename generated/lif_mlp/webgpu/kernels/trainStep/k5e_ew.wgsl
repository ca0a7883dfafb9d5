// kernel k5e_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t347: array<f32>;
@group(0) @binding(1) var<storage, read_write> t349: array<f32>;
@group(0) @binding(2) var<storage, read> t346: array<f32>;
@group(0) @binding(3) var<storage, read> t227: array<f32>;
@group(0) @binding(4) var<storage, read_write> t360: array<f32>;
@group(0) @binding(5) var<storage, read_write> t362: array<f32>;
@group(0) @binding(6) var<storage, read_write> t372: array<f32>;
@group(0) @binding(7) var<storage, read_write> t373: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x347: f32 = t347[i];
  let v348: bool = x347 > 0.0f;
  let v349: f32 = f32(v348);
  t349[i] = v349;
  let x346: f32 = t346[i];
  let v355: f32 = 0.9f * x346;
  let l357: f32 = t227[1280i + i / 128i * 2048i + i % 128i];
  let v358: f32 = v355 + l357;
  let v359: f32 = v358 - v349;
  let v360: f32 = v359 - 1.0f;
  t360[i] = v360;
  let v361: bool = v360 > 0.0f;
  let v362: f32 = f32(v361);
  t362[i] = v362;
  let v368: f32 = 0.9f * v359;
  let l370: f32 = t227[1408i + i / 128i * 2048i + i % 128i];
  let v371: f32 = v368 + l370;
  let v372: f32 = v371 - v362;
  t372[i] = v372;
  let v373: f32 = v372 - 1.0f;
  t373[i] = v373;
}
