// kernel k111i_reduce
@group(0) @binding(0) var<storage, read> t624: array<f32>;
@group(0) @binding(1) var<storage, read> t626: array<f32>;
@group(0) @binding(2) var<storage, read> t630: array<f32>;
@group(0) @binding(3) var<storage, read> t634: array<f32>;
@group(0) @binding(4) var<storage, read> t638: array<f32>;
@group(0) @binding(5) var<storage, read> t642: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t648: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k111i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x624: f32 = t624[0i];
    let l627: f32 = t626[0i];
    let v628: f32 = x624 + l627;
    let l631: f32 = t630[0i];
    let v632: f32 = v628 + l631;
    let l635: f32 = t634[0i];
    let v636: f32 = v632 + l635;
    let l639: f32 = t638[0i];
    let v640: f32 = v636 + l639;
    let l643: f32 = t642[0i];
    let v644: f32 = v640 + l643;
    let l647: f32 = t646[0i];
    let v648: f32 = v644 + l647;
    t648[0i] = v648;
  }
}
