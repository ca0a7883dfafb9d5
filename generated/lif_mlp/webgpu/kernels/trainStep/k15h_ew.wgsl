// kernel k15h_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t668: array<f32>;
@group(0) @binding(1) var<storage, read> t601: array<f32>;
@group(0) @binding(2) var<storage, read> t104: array<f32>;
@group(0) @binding(3) var<storage, read_write> t674: array<f32>;
@group(0) @binding(4) var<storage, read> t91: array<f32>;
@group(0) @binding(5) var<storage, read_write> t680: array<f32>;
@group(0) @binding(6) var<storage, read> t78: array<f32>;
@group(0) @binding(7) var<storage, read_write> t686: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x668: f32 = t668[i];
  let v671: f32 = x668 * 0.9f;
  let l672: f32 = t601[768i + i / 128i * 2048i + i % 128i];
  let x104: f32 = t104[i];
  let v673: f32 = l672 * x104;
  let v674: f32 = v671 + v673;
  t674[i] = v674;
  let v677: f32 = v674 * 0.9f;
  let l678: f32 = t601[640i + i / 128i * 2048i + i % 128i];
  let x91: f32 = t91[i];
  let v679: f32 = l678 * x91;
  let v680: f32 = v677 + v679;
  t680[i] = v680;
  let v683: f32 = v680 * 0.9f;
  let l684: f32 = t601[512i + i / 128i * 2048i + i % 128i];
  let x78: f32 = t78[i];
  let v685: f32 = l684 * x78;
  let v686: f32 = v683 + v685;
  t686[i] = v686;
}
