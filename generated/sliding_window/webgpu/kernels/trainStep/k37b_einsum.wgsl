// kernel k37b_einsum
@group(0) @binding(0) var<storage, read> t263: array<f32>;
@group(0) @binding(1) var<storage, read> t259: array<f32>;
@group(0) @binding(2) var<storage, read> t185: array<f32>;
@group(0) @binding(3) var<storage, read> t189: array<f32>;
@group(0) @binding(4) var<storage, read> t188: array<f32>;
@group(0) @binding(5) var<storage, read> t187: array<f32>;
@group(0) @binding(6) var<storage, read_write> t270: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k37b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x263: f32 = t263[i];
  let x259: f32 = t259[i];
  let l185: f32 = t185[i];
  let v264: f32 = x259 * l185;
  let l189: f32 = t189[i];
  let v265: f32 = v264 * l189;
  let l188: f32 = t188[i];
  let v266: f32 = v265 / l188;
  let v267: f32 = -v266;
  let l187: f32 = t187[i];
  let v268: f32 = v267 * l187;
  let v269: f32 = -v268;
  let v270: f32 = x263 + v269;
  t270[i] = v270;
}
