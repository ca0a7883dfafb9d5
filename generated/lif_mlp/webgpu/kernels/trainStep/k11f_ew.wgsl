// kernel k11f_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t506: array<f32>;
@group(0) @binding(1) var<storage, read> t472: array<f32>;
@group(0) @binding(2) var<storage, read> t392: array<f32>;
@group(0) @binding(3) var<storage, read_write> t509: array<f32>;
@group(0) @binding(4) var<storage, read> t379: array<f32>;
@group(0) @binding(5) var<storage, read_write> t515: array<f32>;
@group(0) @binding(6) var<storage, read> t366: array<f32>;
@group(0) @binding(7) var<storage, read_write> t521: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x506: f32 = t506[i];
  let l507: f32 = t472[1536i + i / 128i * 2048i + i % 128i];
  let x392: f32 = t392[i];
  let v508: f32 = l507 * x392;
  let v509: f32 = x506 + v508;
  t509[i] = v509;
  let v512: f32 = v509 * 0.9f;
  let l513: f32 = t472[1408i + i / 128i * 2048i + i % 128i];
  let x379: f32 = t379[i];
  let v514: f32 = l513 * x379;
  let v515: f32 = v512 + v514;
  t515[i] = v515;
  let v518: f32 = v515 * 0.9f;
  let l519: f32 = t472[1280i + i / 128i * 2048i + i % 128i];
  let x366: f32 = t366[i];
  let v520: f32 = l519 * x366;
  let v521: f32 = v518 + v520;
  t521[i] = v521;
}
