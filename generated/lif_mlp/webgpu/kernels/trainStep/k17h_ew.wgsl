// kernel k17h_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t675: array<f32>;
@group(0) @binding(1) var<storage, read> t608: array<f32>;
@group(0) @binding(2) var<storage, read> t104: array<f32>;
@group(0) @binding(3) var<storage, read_write> t681: array<f32>;
@group(0) @binding(4) var<storage, read> t91: array<f32>;
@group(0) @binding(5) var<storage, read_write> t687: array<f32>;
@group(0) @binding(6) var<storage, read> t78: array<f32>;
@group(0) @binding(7) var<storage, read_write> t693: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x675: f32 = t675[i];
  let v678: f32 = x675 * 0.9f;
  let l679: f32 = t608[768i + i / 128i * 2048i + i % 128i];
  let x104: f32 = t104[i];
  let v680: f32 = l679 * x104;
  let v681: f32 = v678 + v680;
  t681[i] = v681;
  let v684: f32 = v681 * 0.9f;
  let l685: f32 = t608[640i + i / 128i * 2048i + i % 128i];
  let x91: f32 = t91[i];
  let v686: f32 = l685 * x91;
  let v687: f32 = v684 + v686;
  t687[i] = v687;
  let v690: f32 = v687 * 0.9f;
  let l691: f32 = t608[512i + i / 128i * 2048i + i % 128i];
  let x78: f32 = t78[i];
  let v692: f32 = l691 * x78;
  let v693: f32 = v690 + v692;
  t693[i] = v693;
}
