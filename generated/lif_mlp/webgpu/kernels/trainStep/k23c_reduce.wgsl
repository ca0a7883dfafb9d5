// kernel k23c_reduce
@group(0) @binding(0) var<storage, read> t732: array<f32>;
@group(0) @binding(1) var<storage, read> t785: array<f32>;
@group(0) @binding(2) var<storage, read_write> t798: array<f32>;
@group(0) @binding(3) var<storage, read> t753: array<f32>;
@group(0) @binding(4) var<storage, read> t789: array<f32>;
@group(0) @binding(5) var<storage, read_write> t794: array<f32>;
@group(0) @binding(6) var<storage, read> t734: array<f32>;
@group(0) @binding(7) var<storage, read_write> t795: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 16384i; col += 256i) {
    let l732: f32 = t732[col];
    let x785: f32 = t785[0i];
    let v798: f32 = l732 * x785;
    t798[col] = v798;
  }
  if (lid == 0i) {
    let x753: f32 = t753[0i];
    let x789: f32 = t789[0i];
    let v794: f32 = x753 / x789;
    t794[0i] = v794;
    let x734: f32 = t734[0i];
    let v791: f32 = x734 * -0.051293295f;
    let v792: f32 = exp(v791);
    let v793: f32 = 1.0f - v792;
    let v795: f32 = sqrt(v793);
    t795[0i] = v795;
  }
}
